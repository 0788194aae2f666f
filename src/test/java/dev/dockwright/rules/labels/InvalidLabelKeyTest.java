package dev.dockwright.rules.labels;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidLabelKeyTest {
  private static final RuleTester T = RuleTester.of(InvalidLabelKey.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        LABEL org.opencontainers.image.title=app maintainer=me version2=1
        """,
        """
        FROM alpine:3.20
        # expect: DW5000 [1:7-1:23] "label key `com.docker.thing` uses the `com.docker.` namespace, which Docker reserves"
        LABEL com.docker.thing=x
        # expect: DW5000 [1:7-1:12] "label key `MyKey` should start with a lowercase letter"
        LABEL MyKey=x
        # expect: DW5000 [1:7-1:12] "label key `a_b.c` should only use lowercase letters, digits, `.` and `-`, not `_`"
        LABEL a_b.c=x
        # expect: DW5000 [1:7-1:11] "label key `a..b` should not repeat `.` or `-`"
        LABEL a..b=x
        # expect: DW5000 [1:7-1:11] "should end with a lowercase letter or a digit"
        LABEL abc-=x
        """,
        // The run-label convention of Podman and Atomic: upper case by design (the systemd pack's run note).
        """
        FROM alpine:3.20
        LABEL RUN="docker run -d --privileged IMAGE" INSTALL="podman run --rm IMAGE install" UNINSTALL=x
        """,
        """
        FROM alpine:3.20
        # expect: DW5000 [1:7-1:10] "label key `Run` should start with a lowercase letter"
        LABEL Run=x
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
