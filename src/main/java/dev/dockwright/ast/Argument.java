package dev.dockwright.ast;

/**
 * One argument of an exec-form (JSON) or list-form instruction. {@code value} is the decoded JSON string in
 * exec form, and the word as written in whitespace-separated form; {@code token} is the source text.
 */
public record Argument(String value, Token token) {
  public SourceRange range() {
    return token.range();
  }
}
