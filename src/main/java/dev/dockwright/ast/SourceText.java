package dev.dockwright.ast;

import java.util.Arrays;

/** The decoded text of one file with a line index, so any offset converts to a line and column. */
public final class SourceText {
  private final String text;
  private final int[] lineStarts;

  public SourceText(String text) {
    this.text = text;
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** Number of lines; a trailing newline does not start a new line. */
  public int lineCount() {
    int n = lineStarts.length;
    return (n > 1 && lineStarts[n - 1] == text.length()) ? n - 1 : n;
  }

  /** 1-based line of an offset (an offset at the very end belongs to the last line). */
  public int lineOf(int offset) {
    int idx = Arrays.binarySearch(lineStarts, offset);
    return idx >= 0 ? idx + 1 : -idx - 1;
  }

  /** 1-based column of an offset, in UTF-16 code units. */
  public int columnOf(int offset) {
    return offset - lineStarts[lineOf(offset) - 1] + 1;
  }

  /** Offset of the first character of a 1-based line. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** Offset just past the last character of a 1-based line, before its line terminator. */
  public int lineEnd(int line) {
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    if (end > lineStarts[line - 1] && end <= text.length() && end > 0 && text.charAt(end - 1) == '\r'
        && line < lineStarts.length) {
      end--;
    }
    return end;
  }

  public String lineText(int line) {
    return text.substring(lineStart(line), lineEnd(line));
  }

  public SourceRange range(int start, int end) {
    return new SourceRange(start, end, lineOf(start), columnOf(start), lineOf(end), columnOf(end));
  }

  public String slice(SourceRange r) {
    return text.substring(r.startOffset(), r.endOffset());
  }
}
