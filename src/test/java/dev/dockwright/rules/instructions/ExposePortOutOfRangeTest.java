package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExposePortOutOfRangeTest {
  private static final RuleTester T = RuleTester.of(ExposePortOutOfRange.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        EXPOSE 80 443/tcp 8000-8010 53/udp 0
        ARG PORT=8080
        EXPOSE ${PORT}
        ARG UNKNOWN
        EXPOSE $UNKNOWN
        """,
        """
        FROM alpine:3.20
        # expect: DW3018 [1:8-1:13] "port `70000` is out of range: ports are numbers from 0 to 65535"
        EXPOSE 70000 80
        # expect: DW3018 [1:8-1:12] "`http` is not a port number"
        EXPOSE http
        # expect: DW3018 [1:8-1:17] "port range `9000-8000` ends before it starts"
        EXPOSE 9000-8000
        ARG PORT=99999
        # expect: DW3018 [1:8-1:13] "port `99999` is out of range: ports are numbers from 0 to 65535 (`$PORT` resolves to `99999`)"
        EXPOSE $PORT
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
