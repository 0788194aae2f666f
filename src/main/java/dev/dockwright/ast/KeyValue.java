package dev.dockwright.ast;

import java.util.Optional;

/**
 * One pair of ENV or LABEL. In {@code key=value} form the value is the raw word after {@code =} (quotes
 * kept, as BuildKit keeps them until expansion); in the legacy {@code KEY value} form it is the whole rest
 * of the line.
 */
public record KeyValue(Token key, Optional<Token> value, boolean legacyForm, SourceRange range) {
  public String valueText() {
    return value.map(Token::text).orElse("");
  }
}
