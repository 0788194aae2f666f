package dev.dockwright.fix;

import dev.dockwright.ast.SourceRange;

/** Replace the source text in [start, end) (char offsets) with {@code replacement}. */
public record Edit(int start, int end, String replacement) implements Comparable<Edit> {
  public Edit {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad edit " + start + ".." + end);
    }
  }

  public static Edit replace(SourceRange range, String replacement) {
    return new Edit(range.startOffset(), range.endOffset(), replacement);
  }

  public static Edit insert(int offset, String text) {
    return new Edit(offset, offset, text);
  }

  public static Edit delete(SourceRange range) {
    return new Edit(range.startOffset(), range.endOffset(), "");
  }

  public boolean overlaps(Edit o) {
    if (start == end && o.start == o.end) {
      return start == o.start;
    }
    return start < o.end && o.start < end || (start == end && o.start < start && start < o.end)
        || (o.start == o.end && start < o.start && o.start < end);
  }

  @Override
  public int compareTo(Edit o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
