package dev.dockwright.ast;

/**
 * A half-open span of the source text. Offsets are 0-based char indices into the decoded file text
 * (a leading BOM is not part of it); lines and columns are 1-based, columns count UTF-16 code units,
 * and the end position is exclusive (the column just after the last character).
 */
public record SourceRange(int startOffset, int endOffset, int startLine, int startColumn, int endLine, int endColumn)
    implements Comparable<SourceRange> {

  public SourceRange {
    if (startOffset < 0 || endOffset < startOffset) {
      throw new IllegalArgumentException("bad range " + startOffset + ".." + endOffset);
    }
  }

  public int length() {
    return endOffset - startOffset;
  }

  public boolean isEmpty() {
    return startOffset == endOffset;
  }

  public boolean contains(SourceRange other) {
    return startOffset <= other.startOffset && other.endOffset <= endOffset;
  }

  public boolean containsOffset(int offset) {
    return startOffset <= offset && offset < endOffset;
  }

  public boolean overlaps(SourceRange other) {
    return startOffset < other.endOffset && other.startOffset < endOffset;
  }

  @Override
  public int compareTo(SourceRange o) {
    int c = Integer.compare(startOffset, o.startOffset);
    return c != 0 ? c : Integer.compare(endOffset, o.endOffset);
  }

  @Override
  public String toString() {
    return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
  }
}
