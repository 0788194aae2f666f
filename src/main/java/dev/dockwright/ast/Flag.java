package dev.dockwright.ast;

import java.util.Optional;

/**
 * A {@code --name[=value]} option before an instruction's arguments. {@code name} and {@code value} are
 * processed the way BuildKit does (quotes and backslash escapes removed); the tokens are the source text.
 */
public record Flag(String name, Optional<String> value, Token nameToken, Optional<Token> valueToken, Token token) {

  public SourceRange range() {
    return token.range();
  }

  /** What BuildKit's parser keeps for the flag, e.g. {@code --from=builder}. */
  public String buildkitText() {
    return "--" + name + value.map(v -> "=" + v).orElse("");
  }
}
