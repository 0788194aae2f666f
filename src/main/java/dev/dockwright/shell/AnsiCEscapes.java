package dev.dockwright.shell;

/** Decodes the backslash escapes of bash {@code $'...'} strings. */
final class AnsiCEscapes {
  private AnsiCEscapes() {}

  /**
   * Decodes the escape starting at the backslash {@code s.charAt(at)}, appends its value and returns the
   * index just after it.
   */
  static int decode(String s, int at, StringBuilder out) {
    char c = s.charAt(at + 1);
    int i = at + 2;
    switch (c) {
      case 'n' -> out.append('\n');
      case 't' -> out.append('\t');
      case 'r' -> out.append('\r');
      case 'a' -> out.append('\u0007');
      case 'b' -> out.append('\b');
      case 'e', 'E' -> out.append('\u001b');
      case 'f' -> out.append('\f');
      case 'v' -> out.append('\u000b');
      case 'x' -> {
        int end = hexEnd(s, i, 2);
        if (end == i) {
          out.append("\\x");
        } else {
          out.append((char) Integer.parseInt(s.substring(i, end), 16));
        }
        i = end;
      }
      case 'u', 'U' -> {
        int end = hexEnd(s, i, c == 'u' ? 4 : 8);
        if (end == i) {
          out.append('\\').append(c);
        } else {
          out.appendCodePoint(Integer.parseInt(s.substring(i, end), 16));
        }
        i = end;
      }
      case 'c' -> {
        if (i < s.length()) {
          out.append((char) (s.charAt(i) & 0x1f));
          i++;
        }
      }
      default -> {
        if (c >= '0' && c <= '7') {
          int end = at + 1;
          while (end < s.length() && end < at + 4 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
            end++;
          }
          out.append((char) Integer.parseInt(s.substring(at + 1, end), 8));
          i = end;
        } else if (c == '\\' || c == '\'' || c == '"' || c == '?') {
          out.append(c);
        } else {
          out.append('\\').append(c);
        }
      }
    }
    return i;
  }

  private static int hexEnd(String s, int from, int max) {
    int end = from;
    while (end < s.length() && end < from + max && Character.digit(s.charAt(end), 16) >= 0) {
      end++;
    }
    return end;
  }
}
