package dev.dockwright.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A word read with every run-time expansion replaced by one {@link #PLACEHOLDER} character, so a package
 * argument such as {@code curl=${CURL_VERSION}} can be split into a literal name and a version that comes
 * from a variable. Quotes are removed as in {@link Word#literalValue()}.
 */
final class WordTemplate {
  /** Stands for one expansion: a private-use character no package name or version contains (and trim() keeps). */
  static final char PLACEHOLDER = '\uE000';

  private final String text;
  private final List<String> expansions;

  private WordTemplate(String text, List<String> expansions) {
    this.text = text;
    this.expansions = List.copyOf(expansions);
  }

  /** The template of a word; empty when part of it could not be parsed. */
  static Optional<WordTemplate> of(Word word) {
    StringBuilder sb = new StringBuilder();
    List<String> expansions = new ArrayList<>();
    return append(word.parts(), sb, expansions) ? Optional.of(new WordTemplate(sb.toString(), expansions))
        : Optional.empty();
  }

  /** The literal value, or the template text when the word has expansions; empty for malformed words. */
  static Optional<String> textOf(Word word) {
    Optional<String> literal = word.literalValue();
    return literal.isPresent() ? literal : of(word).map(t -> t.text);
  }

  static boolean hasPlaceholder(String s) {
    return s != null && s.indexOf(PLACEHOLDER) >= 0;
  }

  /** {@code s} (a piece of this template's text) with its placeholders written back as the expansions. */
  String restore(String s) {
    if (!hasPlaceholder(s)) {
      return s;
    }
    int before = 0;
    int start = text.indexOf(s);
    for (int i = 0; i < Math.max(0, start); i++) {
      if (text.charAt(i) == PLACEHOLDER) {
        before++;
      }
    }
    StringBuilder sb = new StringBuilder();
    int n = before;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c == PLACEHOLDER && n < expansions.size() ? expansions.get(n++) : String.valueOf(c));
    }
    return sb.toString();
  }

  private static boolean append(List<WordPart> parts, StringBuilder sb, List<String> expansions) {
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
        if (!append(q.parts(), sb, expansions)) {
          return false;
        }
      } else if (part instanceof WordPart.ParameterExpansion p) {
        sb.append(PLACEHOLDER);
        expansions.add(p.braced()
            ? "${" + p.prefix() + p.name() + p.operator() + p.operand().map(Word::raw).orElse("") + "}"
            : "$" + p.name());
      } else if (part instanceof WordPart.CommandSubstitution) {
        sb.append(PLACEHOLDER);
        expansions.add("$(...)");
      } else if (part instanceof WordPart.Arithmetic a) {
        sb.append(PLACEHOLDER);
        expansions.add("$((" + a.expression() + "))");
      } else {
        return false;
      }
    }
    return true;
  }
}
