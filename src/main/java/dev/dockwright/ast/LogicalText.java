package dev.dockwright.ast;

import java.util.Arrays;

/**
 * Text assembled from pieces of the source (an instruction joined across line continuations, a heredoc
 * body) with a map from every character back to its offset in the file, so ranges computed on the
 * joined text point at the exact original characters.
 */
public final class LogicalText {
  private final SourceText source;
  private final String text;
  private final int[] offsets; // offsets[i] = source offset of text.charAt(i); offsets[len] = end offset

  private LogicalText(SourceText source, String text, int[] offsets) {
    this.source = source;
    this.text = text;
    this.offsets = offsets;
  }

  /** A contiguous slice of the source. */
  public static LogicalText of(SourceText source, int start, int end) {
    int[] offs = new int[end - start + 1];
    for (int i = 0; i <= end - start; i++) {
      offs[i] = start + i;
    }
    return new LogicalText(source, source.text().substring(start, end), offs);
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  public SourceText source() {
    return source;
  }

  /** Source offset of the character at {@code index}; {@code index == length()} gives the end. */
  public int sourceOffset(int index) {
    return offsets[index];
  }

  /**
   * The source range of text[start, end). An empty range sits at the source offset of {@code start}; a
   * non-empty one ends just after the source character of {@code end - 1}, so a range never swallows a
   * continuation that follows it.
   */
  public SourceRange range(int start, int end) {
    int s = offsets[start];
    int e = end > start ? offsets[end - 1] + 1 : s;
    return source.range(s, e);
  }

  public LogicalText sub(int start, int end) {
    int[] offs = Arrays.copyOfRange(offsets, start, end + 1);
    if (end > start) {
      offs[end - start] = offsets[end - 1] + 1;
    }
    return new LogicalText(source, text.substring(start, end), offs);
  }

  /** Builds a logical text from source pieces in order. */
  public static final class Builder {
    private final SourceText source;
    private final StringBuilder sb = new StringBuilder();
    private int[] offs = new int[64];
    private int endOffset = -1;

    public Builder(SourceText source) {
      this.source = source;
    }

    public Builder append(int start, int end) {
      for (int i = start; i < end; i++) {
        if (sb.length() == offs.length - 1) {
          offs = Arrays.copyOf(offs, offs.length * 2);
        }
        offs[sb.length()] = i;
        sb.append(source.text().charAt(i));
      }
      endOffset = end;
      return this;
    }

    /** Where the text ends in the source when nothing more is appended (e.g. after a trailing continuation). */
    public Builder endAt(int offset) {
      endOffset = offset;
      return this;
    }

    public int length() {
      return sb.length();
    }

    public LogicalText build() {
      int[] o = Arrays.copyOf(offs, sb.length() + 1);
      o[sb.length()] = endOffset < 0 ? 0 : endOffset;
      return new LogicalText(source, sb.toString(), o);
    }
  }
}
