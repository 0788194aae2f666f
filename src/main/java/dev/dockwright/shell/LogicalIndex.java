package dev.dockwright.shell;

import dev.dockwright.ast.LogicalText;

/** Maps a source offset back to the index of the logical-text character that came from it. */
final class LogicalIndex {
  private LogicalIndex() {}

  /** The index whose source offset is {@code sourceOffset}, or -1; offsets grow with the index. */
  static int of(LogicalText text, int sourceOffset) {
    int lo = 0;
    int hi = text.length();
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int offset = text.sourceOffset(mid);
      if (offset == sourceOffset) {
        return mid;
      } else if (offset < sourceOffset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }
}
