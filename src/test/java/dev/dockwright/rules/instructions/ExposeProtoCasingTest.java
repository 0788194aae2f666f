package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExposeProtoCasingTest {
  private static final RuleTester T = RuleTester.of(ExposeProtoCasing.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        EXPOSE 80 53/udp 8080/tcp
        """,
        """
        FROM alpine:3.20
        # expect: DW3033 [1:11-1:14] "protocol `TCP` should be lowercase: write `tcp`"
        # expect: DW3033 [1:18-1:21] "protocol `Udp` should be lowercase: write `udp`"
        EXPOSE 80/TCP 53/Udp
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void lowercasesTheProtocol() {
    T.fix("FROM alpine:3.20\nEXPOSE 80/TCP 53/Udp\n", "FROM alpine:3.20\nEXPOSE 80/tcp 53/udp\n");
  }
}
