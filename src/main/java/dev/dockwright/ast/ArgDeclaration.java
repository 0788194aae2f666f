package dev.dockwright.ast;

import java.util.Optional;

/** One name of an ARG instruction, with its default when written as {@code name=default}. */
public record ArgDeclaration(Token name, Optional<Token> defaultValue, Token word) {
  public SourceRange range() {
    return word.range();
  }
}
