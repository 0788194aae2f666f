package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;

/** A control operator as written ({@code &&}, {@code ||}, {@code |}, {@code |&}, {@code ;}, {@code &}, newline). */
public record Operator(String text, SourceRange range) {

  public boolean isNewline() {
    return "\n".equals(text);
  }
}
