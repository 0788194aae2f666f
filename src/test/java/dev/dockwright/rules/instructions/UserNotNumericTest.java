package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UserNotNumericTest {
  private static final RuleTester T = RuleTester.of(UserNotNumeric.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        USER 1000
        USER 1000:1000
        ARG UID
        USER $UID
        """,
        """
        FROM alpine:3.20
        # expect: DW3027 [1:6-1:9] "`app` is a user name: the host and orchestrators (Kubernetes `runAsNonRoot`) can only check a numeric UID"
        USER app:app
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
