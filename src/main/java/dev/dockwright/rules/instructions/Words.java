package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Argument;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.Token;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.semantic.Expansion;
import dev.dockwright.semantic.TextSpan;
import dev.dockwright.semantic.VariableReference;
import java.util.List;

/** Values and exact positions of instruction words, shared by the rules of this pack. */
final class Words {
  private Words() {}

  /** Whether BuildKit's value of {@code text} is the text itself: no quotes, escapes or variables. */
  static boolean isVerbatim(String text, char escape) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '$' || c == '"' || c == '\'' || c == escape) {
        return false;
      }
    }
    return true;
  }

  /**
   * The range of a span of a word's processed value: exact when the word is written verbatim, the whole
   * token otherwise (quotes or variables make the value's characters move).
   */
  static SourceRange locateInValue(Token token, TextSpan span, char escape) {
    if (isVerbatim(token.text(), escape) && span.end() <= token.text().length()) {
      return token.subRange(span.start(), span.end());
    }
    return token.range();
  }

  /** The text BuildKit expands for an argument: the decoded string in JSON form, the word otherwise. */
  static String input(Argument a) {
    return a.value();
  }

  /** The range of a span of {@link #input(Argument)} (a variable reference, say) in the file. */
  static SourceRange locateInInput(Argument a, boolean json, TextSpan span) {
    String text = a.token().text();
    if (!json) {
      return a.token().subRange(span.start(), span.end());
    }
    if (text.equals("\"" + a.value() + "\"")) {
      return a.token().subRange(span.start() + 1, span.end() + 1);
    }
    return a.range();
  }

  static Expansion expand(RuleContext context, Instruction at, String word) {
    return context.model().expand(at, word);
  }

  /** Whether the word uses variables at all (known or not). */
  static boolean hasVariables(Expansion e) {
    return !e.references().isEmpty();
  }

  /** Whether every variable the expansion looked up was defined with a known value. */
  static boolean allDefined(Expansion e) {
    return e.known() && e.references().stream().allMatch(r -> r.binding() == dev.dockwright.semantic.VariableBinding.Kind.DEFINED);
  }

  /** A short "(`$A` is `x`)" note saying what a word with variables resolved to, or "" for a literal word. */
  static String resolution(String written, Expansion e) {
    if (!hasVariables(e) || !e.known()) {
      return "";
    }
    return " (`" + written + "` resolves to `" + e.value() + "`)";
  }

  static List<VariableReference> references(Expansion e) {
    return e.references();
  }

  /** BuildKit's {@code dropQuotes}-free view of a path argument: the value with surrounding quotes removed. */
  static String unquote(String value) {
    if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
        && value.charAt(value.length() - 1) == value.charAt(0)) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  /** An absolute path on Linux ({@code /x}) or Windows ({@code \\x}, {@code C:\\x}, {@code C:/x}). */
  static boolean isAbsolutePath(String path) {
    return path.startsWith("/") || path.startsWith("\\")
        || (path.length() >= 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':');
  }
}
