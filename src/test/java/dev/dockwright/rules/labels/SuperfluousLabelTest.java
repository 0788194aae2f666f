package dev.dockwright.rules.labels;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SuperfluousLabelTest {
  private static final RuleTester T = RuleTester.of(SuperfluousLabel.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        # dockwright label-schema=owner:text
        FROM alpine:3.20
        LABEL extra=1
        """,
        """
        # dockwright label-schema=owner:text
        # dockwright strict-labels=true
        FROM alpine:3.20
        # expect: DW5002 [1:20-1:25] "label `extra` is not in the label schema, and strict labels allow no others"
        LABEL owner=team-a extra=1
        """,
        """
        # dockwright label-schema=owner:text
        # dockwright strict-labels=true
        FROM alpine:3.20
        LABEL owner=team-a RUN="docker run -d --privileged IMAGE"
        # expect: DW5002 [1:7-1:10] "label `run` is not in the label schema, and strict labels allow no others"
        LABEL run=x
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
