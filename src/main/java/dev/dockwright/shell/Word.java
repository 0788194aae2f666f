package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * A shell word (an argument, an assignment value, a redirection target).
 *
 * @param raw the word as the shell sees it: the script text, so Dockerfile line continuations are already
 *     removed; {@link #range()} points at the exact source characters
 */
public record Word(String raw, List<WordPart> parts, SourceRange range) {

  public Word {
    parts = List.copyOf(parts);
  }

  /**
   * The value after quote removal, when nothing in the word is expanded at run time: {@code "a b"'c'\d}
   * gives {@code a bcd}. Empty when the word contains any parameter, command or arithmetic expansion, or
   * could not be parsed. Globs are not expanded: {@code *.deb} gives {@code *.deb} (see {@link #hasGlob()}).
   */
  public Optional<String> literalValue() {
    StringBuilder sb = new StringBuilder();
    return appendLiteral(parts, sb) ? Optional.of(sb.toString()) : Optional.empty();
  }

  private static boolean appendLiteral(List<WordPart> parts, StringBuilder sb) {
    for (WordPart part : parts) {
      if (part instanceof WordPart.Literal l) {
        sb.append(l.value());
      } else if (part instanceof WordPart.Escaped e) {
        sb.append(e.value());
      } else if (part instanceof WordPart.SingleQuoted q) {
        sb.append(q.value());
      } else if (part instanceof WordPart.AnsiCQuoted q) {
        sb.append(q.value());
      } else if (part instanceof WordPart.DoubleQuoted q) {
        if (!appendLiteral(q.parts(), sb)) {
          return false;
        }
      } else {
        return false;
      }
    }
    return true;
  }

  /** True when the word contains a parameter, command or arithmetic expansion (quoted or not). */
  public boolean hasExpansion() {
    return hasExpansion(parts);
  }

  private static boolean hasExpansion(List<WordPart> parts) {
    for (WordPart part : parts) {
      if (part instanceof WordPart.ParameterExpansion
          || part instanceof WordPart.CommandSubstitution
          || part instanceof WordPart.Arithmetic) {
        return true;
      }
      if (part instanceof WordPart.DoubleQuoted q && hasExpansion(q.parts())) {
        return true;
      }
    }
    return false;
  }

  /** True when any part of the word is quoted ({@code '..'}, {@code ".."}, {@code $'..'}) or backslash-escaped. */
  public boolean isQuoted() {
    for (WordPart part : parts) {
      if (part instanceof WordPart.SingleQuoted
          || part instanceof WordPart.DoubleQuoted
          || part instanceof WordPart.AnsiCQuoted
          || part instanceof WordPart.Escaped) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when pathname expansion can apply: an unquoted, unescaped {@code *} or {@code ?}, or an unquoted
   * {@code [} with an unquoted {@code ]} after it (a lone {@code [} as in {@code [ -f x ]} is not a glob).
   */
  public boolean hasGlob() {
    boolean openBracket = false;
    for (WordPart part : parts) {
      if (part instanceof WordPart.Literal l) {
        String v = l.value();
        for (int i = 0; i < v.length(); i++) {
          char c = v.charAt(i);
          if (c == '*' || c == '?') {
            return true;
          }
          if (c == '[') {
            openBracket = true;
          } else if (c == ']' && openBracket) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** True for a word that has no characters at all (e.g. the value of {@code FOO=}). */
  public boolean isEmpty() {
    return raw.isEmpty();
  }

  /** True when the word is exactly this unquoted-or-quoted literal value. */
  public boolean isLiteral(String value) {
    return literalValue().map(value::equals).orElse(false);
  }
}
