package dev.dockwright.lsp;

import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Converts between char offsets of a document's text and LSP positions (0-based line, UTF-16 character).
 * Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as the protocol defines them.
 */
final class LineMap {
  private final String text;
  private final int[] lineStarts;

  LineMap(String text) {
    this.text = text;
    int[] starts = new int[32];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean breaks = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (breaks) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  Position position(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int idx = Arrays.binarySearch(lineStarts, clamped);
    int line = idx >= 0 ? idx : -idx - 2;
    return new Position(line, clamped - lineStarts[line]);
  }

  Range range(int start, int end) {
    return new Range(position(start), position(end));
  }

  /**
   * The offset of a position; a character past the end of its line means the end of the line, a line past
   * the end of the text means the end of the text (the protocol asks servers to be lenient here).
   */
  int offset(Position position) {
    if (position.getLine() < 0) {
      return 0;
    }
    if (position.getLine() >= lineStarts.length) {
      return text.length();
    }
    int start = lineStarts[position.getLine()];
    return Math.min(start + Math.max(0, position.getCharacter()), contentEnd(position.getLine()));
  }

  /** Offset just past the last character of a 0-based line, before its line break. */
  int contentEnd(int line) {
    int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
    if (end > lineStarts[line] && text.charAt(end - 1) == '\n') {
      end--;
    }
    if (end > lineStarts[line] && text.charAt(end - 1) == '\r') {
      end--;
    }
    return end;
  }

  int lineStart(int line) {
    return lineStarts[line];
  }
}
