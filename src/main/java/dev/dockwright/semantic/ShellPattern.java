package dev.dockwright.semantic;

import java.util.Arrays;

/**
 * The glob patterns of {@code ${v#p}}, {@code ${v%p}} and {@code ${v/p/r}}, with BuildKit's semantics.
 *
 * <p>BuildKit turns the pattern into a Go regular expression ({@code *} becomes {@code .*} or {@code .*?},
 * {@code ?} becomes {@code .}, everything else literal; no bracket expressions) and uses Go's leftmost-first
 * matching. This class matches the same language with the same leftmost-first preferences, but with a
 * small Pike VM instead of a backtracking regex engine, so a hostile pattern such as {@code *a*a*a*a*b}
 * stays linear in the value length instead of blowing up.
 *
 * <p>Instances are immutable; matching allocates its own scratch state, so they are thread-safe.
 */
final class ShellPattern {

  /** A pattern BuildKit rejects; the message follows its wording. */
  static final class InvalidPatternException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidPatternException(String message) {
      super(message, null, false, false);
    }
  }

  private static final int EOF = -1;
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private static final int OP_CHAR = 0;
  private static final int OP_ANY = 1;
  private static final int OP_SPLIT = 2;
  private static final int OP_JUMP = 3;
  private static final int OP_MATCH = 4;

  private final int[] ops;
  private final int[] args; // OP_CHAR: the code point; OP_JUMP: target; OP_SPLIT: preferred target
  private final int[] alternatives; // OP_SPLIT: the other target

  private ShellPattern(int[] ops, int[] args, int[] alternatives) {
    this.ops = ops;
    this.args = args;
    this.alternatives = alternatives;
  }

  /**
   * Compiles a pattern the way BuildKit's {@code convertShellPatternToRegex} reads it: {@code \} escapes
   * only {@code *}, {@code ?} and {@code \}; before {@code }} or {@code /} it is dropped (it only protected
   * the delimiter of {@code ${...}}); anything else after it is an error.
   *
   * @param greedy whether {@code *} prefers the longest (true) or the shortest (false) match
   */
  static ShellPattern compile(String pattern, boolean greedy) throws InvalidPatternException {
    Program program = new Program(pattern.length() * 3 + 1);
    // Go's text/scanner, which BuildKit reads the pattern with, skips a byte order mark at the start.
    int i = !pattern.isEmpty() && pattern.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
    while (i < pattern.length()) {
      int cp = pattern.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '*') {
        int split = program.emit(OP_SPLIT, 0, 0);
        program.emit(OP_ANY, 0, 0);
        program.emit(OP_JUMP, split, 0);
        int body = split + 1;
        int exit = program.size;
        program.args[split] = greedy ? body : exit;
        program.alternatives[split] = greedy ? exit : body;
      } else if (cp == '?') {
        program.emit(OP_ANY, 0, 0);
      } else if (cp == '\\') {
        int escaped = i < pattern.length() ? pattern.codePointAt(i) : EOF;
        if (escaped == '}' || escaped == '/') {
          continue;
        }
        if (escaped != '*' && escaped != '?' && escaped != '\\') {
          throw new InvalidPatternException(
              escaped == EOF
                  ? "invalid escape '\\' at end of pattern"
                  : "invalid escape '\\" + new String(Character.toChars(escaped)) + "'");
        }
        i += Character.charCount(escaped);
        program.emit(OP_CHAR, escaped, 0);
      } else {
        program.emit(OP_CHAR, cp, 0);
      }
    }
    program.emit(OP_MATCH, 0, 0);
    return new ShellPattern(
        Arrays.copyOf(program.ops, program.size),
        Arrays.copyOf(program.args, program.size),
        Arrays.copyOf(program.alternatives, program.size));
  }

  /**
   * The leftmost-first match in {@code text} starting the search at {@code from}, as Go's regexp finds it,
   * or {@code null}. Like Go's {@code .}, {@code ?} and {@code *} never match a newline.
   *
   * @param anchored whether the match must start exactly at {@code from} (BuildKit's {@code ^})
   * @return {start, end} char indices into {@code text}
   */
  int[] find(String text, int from, boolean anchored) {
    ThreadList current = new ThreadList(ops.length);
    ThreadList next = new ThreadList(ops.length);
    int[] stack = new int[ops.length * 2 + 2];
    int matchStart = -1;
    int matchEnd = -1;
    int pos = from;
    while (true) {
      // A thread started here has the lowest priority: earlier starts win (leftmost), and once
      // something matched no later start can be preferred.
      if (matchStart < 0 && (!anchored || pos == from)) {
        addThread(current, 0, pos, stack);
      }
      if (current.size == 0 && (matchStart >= 0 || anchored || pos >= text.length())) {
        break;
      }
      int cp = pos < text.length() ? text.codePointAt(pos) : EOF;
      for (int t = 0; t < current.size; t++) {
        int pc = current.pcs[t];
        int op = ops[pc];
        if (op == OP_CHAR) {
          if (cp == args[pc]) {
            addThread(next, pc + 1, current.starts[t], stack);
          }
        } else if (op == OP_ANY) {
          if (cp != EOF && cp != '\n') {
            addThread(next, pc + 1, current.starts[t], stack);
          }
        } else if (op == OP_MATCH) {
          matchStart = current.starts[t];
          matchEnd = pos;
          break; // lower-priority threads can no longer win
        }
      }
      if (cp == EOF) {
        break;
      }
      ThreadList swap = current;
      current = next;
      next = swap;
      next.clear();
      pos += Character.charCount(cp);
    }
    return matchStart < 0 ? null : new int[] {matchStart, matchEnd};
  }

  /** Follows jumps and splits without recursion, keeping the split preference order. */
  private void addThread(ThreadList list, int startPc, int start, int[] stack) {
    int top = 0;
    stack[top++] = startPc;
    while (top > 0) {
      int pc = stack[--top];
      if (!list.markSeen(pc)) {
        continue;
      }
      int op = ops[pc];
      if (op == OP_JUMP) {
        stack[top++] = args[pc];
      } else if (op == OP_SPLIT) {
        stack[top++] = alternatives[pc];
        stack[top++] = args[pc];
      } else {
        list.add(pc, start);
      }
    }
  }

  /** BuildKit's {@code trimPrefix}: removes the shortest (or longest) prefix matching the pattern. */
  static String trimPrefix(String pattern, String value, boolean greedy) throws InvalidPatternException {
    int[] match = compile(pattern, greedy).find(value, 0, true);
    return match == null ? value : value.substring(match[1]);
  }

  /**
   * BuildKit's {@code trimSuffix}: reverses value and pattern (keeping each {@code \x} pair in order) and
   * trims a prefix, since a leftmost search cannot find the shortest rightmost match directly.
   */
  static String trimSuffix(String pattern, String value, boolean greedy) throws InvalidPatternException {
    return reverseCodePoints(trimPrefix(reversePattern(pattern), reverseCodePoints(value), greedy));
  }

  /** BuildKit's {@code ${v/p/r}}: the first match is replaced by the replacement text as is. */
  static String replaceFirst(String pattern, String value, String replacement) throws InvalidPatternException {
    int[] match = compile(pattern, true).find(value, 0, false);
    return match == null ? value : value.substring(0, match[0]) + replacement + value.substring(match[1]);
  }

  /**
   * BuildKit's {@code ${v//p/r}}, which uses Go's {@code Regexp.ReplaceAllString}: an empty match right
   * after a previous match is skipped, and {@code $} in the replacement is a Go template reference
   * ({@code $0} is the match, {@code $$} a dollar, other references are empty).
   */
  static String replaceAll(String pattern, String value, String replacement) throws InvalidPatternException {
    ShellPattern compiled = compile(pattern, true);
    StringBuilder out = new StringBuilder();
    int lastMatchEnd = 0;
    int searchPos = 0;
    while (searchPos <= value.length()) {
      int[] match = compiled.find(value, searchPos, false);
      if (match == null) {
        break;
      }
      out.append(value, lastMatchEnd, match[0]);
      if (match[1] > lastMatchEnd || match[0] == 0) {
        appendGoTemplate(out, replacement, value.substring(match[0], match[1]));
      }
      lastMatchEnd = match[1];
      int width = searchPos < value.length() ? Character.charCount(value.codePointAt(searchPos)) : 0;
      if (searchPos + width > match[1]) {
        searchPos += width;
      } else if (searchPos + 1 > match[1]) {
        searchPos++;
      } else {
        searchPos = match[1];
      }
    }
    out.append(value, lastMatchEnd, value.length());
    return out.toString();
  }

  /** Go's {@code Regexp.Expand} for a regex whose only group is the whole match. */
  private static void appendGoTemplate(StringBuilder out, String template, String wholeMatch) {
    int i = 0;
    while (i < template.length()) {
      int dollar = template.indexOf('$', i);
      if (dollar < 0) {
        break;
      }
      out.append(template, i, dollar);
      i = dollar + 1;
      if (i < template.length() && template.charAt(i) == '$') {
        out.append('$');
        i++;
        continue;
      }
      boolean brace = i < template.length() && template.charAt(i) == '{';
      int nameStart = brace ? i + 1 : i;
      int nameEnd = nameStart;
      while (nameEnd < template.length()) {
        int cp = template.codePointAt(nameEnd);
        if (!Character.isLetter(cp) && !Character.isDigit(cp) && cp != '_') {
          break;
        }
        nameEnd += Character.charCount(cp);
      }
      boolean wellFormed =
          nameEnd > nameStart && (!brace || (nameEnd < template.length() && template.charAt(nameEnd) == '}'));
      if (!wellFormed) {
        out.append('$'); // Go treats a malformed reference as a literal dollar
        continue;
      }
      if (template.substring(nameStart, nameEnd).equals("0")) {
        out.append(wholeMatch);
      }
      i = brace ? nameEnd + 1 : nameEnd;
    }
    out.append(template, Math.min(i, template.length()), template.length());
  }

  /** Reverses a pattern by code point, keeping each backslash pair in its order ({@code a\*c} to {@code c\*a}). */
  static String reversePattern(String pattern) {
    int[] cps = pattern.codePoints().toArray();
    int[] out = new int[cps.length];
    int last = cps.length - 1;
    int i = 0;
    while (i <= last) {
      if (cps[i] == '\\' && i != last) {
        out[last - i - 1] = '\\';
        out[last - i] = cps[i + 1];
        i += 2;
      } else {
        out[last - i] = cps[i];
        i++;
      }
    }
    return new String(out, 0, out.length);
  }

  static String reverseCodePoints(String text) {
    int[] cps = text.codePoints().toArray();
    for (int a = 0, b = cps.length - 1; a < b; a++, b--) {
      int tmp = cps[a];
      cps[a] = cps[b];
      cps[b] = tmp;
    }
    return new String(cps, 0, cps.length);
  }

  private static final class Program {
    int[] ops;
    int[] args;
    int[] alternatives;
    int size;

    Program(int capacity) {
      ops = new int[capacity];
      args = new int[capacity];
      alternatives = new int[capacity];
    }

    int emit(int op, int arg, int alternative) {
      if (size == ops.length) {
        ops = Arrays.copyOf(ops, size * 2);
        args = Arrays.copyOf(args, size * 2);
        alternatives = Arrays.copyOf(alternatives, size * 2);
      }
      ops[size] = op;
      args[size] = arg;
      alternatives[size] = alternative;
      return size++;
    }
  }

  /** The ordered thread list of one step; {@code seen} is reset by bumping the generation. */
  private static final class ThreadList {
    final int[] pcs;
    final int[] starts;
    final int[] seenGeneration;
    int generation = 1;
    int size;

    ThreadList(int programSize) {
      pcs = new int[programSize];
      starts = new int[programSize];
      seenGeneration = new int[programSize];
    }

    boolean markSeen(int pc) {
      if (seenGeneration[pc] == generation) {
        return false;
      }
      seenGeneration[pc] = generation;
      return true;
    }

    void add(int pc, int start) {
      pcs[size] = pc;
      starts[size] = start;
      size++;
    }

    void clear() {
      size = 0;
      generation++;
    }
  }
}
