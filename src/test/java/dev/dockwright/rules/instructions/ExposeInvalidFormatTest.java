package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExposeInvalidFormatTest {
  private static final RuleTester T = RuleTester.of(ExposeInvalidFormat.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        EXPOSE 80 8000-8010/udp
        """,
        """
        FROM alpine:3.20
        # expect: DW3034 [1:8-1:15] "`80:8080` has a host port mapping: EXPOSE only documents the container port, and the mapping is ignored; write `8080`"
        EXPOSE 80:8080
        # expect: DW3034 [1:8-1:27] "`127.0.0.1:80:80/tcp` has an IP address"
        EXPOSE 127.0.0.1:80:80/tcp
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void keepsOnlyTheContainerPort() {
    T.fix("FROM alpine:3.20\nEXPOSE 80:8080 127.0.0.1:53:53/udp\n", "FROM alpine:3.20\nEXPOSE 8080 53/udp\n");
  }
}
