package dev.dockwright.semantic;

import java.util.Objects;

/**
 * Why BuildKit would fail the build while expanding a word: a syntax error ({@code ${}}, unterminated
 * quote), an unsupported modifier, an invalid pattern, or a {@code ${v?message}} on an unset variable.
 *
 * @param message what is wrong, close to BuildKit's wording (without its "failed to process" prefix)
 * @param span where in the input word the problem is
 */
public record ExpansionError(String message, TextSpan span) {

  public ExpansionError {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
  }
}
