package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SecretsInArgOrEnvTest {
  private static final RuleTester T = RuleTester.of(SecretsInArgOrEnv.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        ARG PUBLIC_KEY
        ARG KEY_FILE
        ARG TOKEN_VERSION
        ENV KEYBOARD=us MONKEY=1
        """,
        """
        # expect: DW3028 [1:5-1:17] "`ARG GITHUB_TOKEN` looks like a secret"
        ARG GITHUB_TOKEN
        FROM alpine:3.20
        # expect: DW3028 [1:5-1:16] "`ENV DB_PASSWORD` looks like a secret"
        ENV DB_PASSWORD=x
        # expect: DW3028 [1:13-1:19] "`ARG apikey` looks like a secret"
        ONBUILD ARG apikey
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
