package dev.dockwright.rules.labels;

import dev.dockwright.rule.Settings;
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
        """,
        // hadolint's cases: the reserved namespaces, start and end characters, repeated dividers
        """
        FROM alpine:3.20
        # expect: DW5000 [1:7-1:22] "label key `io.docker.label` uses the `io.docker.` namespace, which Docker reserves"
        LABEL io.docker.label="foo"
        # expect: DW5000 [1:7-1:30] "label key `org.dockerproject.label` uses the `org.dockerproject.` namespace"
        LABEL org.dockerproject.label="foo"
        # expect: DW5000 [1:7-1:15] "label key `-invalid` should start with a lowercase letter"
        LABEL -invalid ="foo"
        # expect: DW5000 [1:7-1:25] "label key `invalid--character` should not repeat `.` or `-`"
        LABEL invalid--character="foo"
        LABEL org.valid-key.label3="foo" validlabel="foo"
        """,
        // Docker's recommendation has no `_` or `/` (hadolint accepts both)
        """
        FROM alpine:3.20
        # expect: DW5000 [1:7-1:17] "label key `com.ex/app` should only use lowercase letters, digits, `.` and `-`, not `/`"
        LABEL com.ex/app=x
        """,
        // the key BuildKit sets: variables expanded (an undefined one to nothing), quotes removed
        """
        FROM alpine:3.20
        LABEL invalid$character="foo" "com.example.quoted"=x
        ARG NAME=Team
        # expect: DW5000 [1:7-1:24] "label key `com.example.Team` should only use lowercase letters, digits, `.` and `-`, not `T`"
        LABEL com.example.$NAME=x
        """);
  }

  /** hadolint's verdicts: the key as written, `_` and `/` allowed, the run labels not exempt. */
  static Stream<String> hadolintCases() {
    return Stream.of(
        """
        FROM alpine:3.20
        # expect: DW5000 [1:7-1:24] "label key `invalid$character` should only use lowercase letters, digits, `.`, `-`, `_` and `/`, not `$`"
        LABEL invalid$character="foo"
        LABEL a_b.c=x com.ex/app=x "com.example.quoted"=x
        # expect: DW5000 [1:7-1:10] "label key `RUN` should start with a lowercase letter"
        LABEL RUN="docker run IMAGE"
        ARG NAME=team
        # expect: DW5000 [1:7-1:24] "label key `com.example.$NAME` should end with a lowercase letter or a digit"
        LABEL com.example.$NAME=x
        # expect: DW5000 [1:7-1:23] "label key `com.docker.thing` uses the `com.docker.` namespace"
        LABEL com.docker.thing=x
        """);
  }

  @ParameterizedTest
  @MethodSource("hadolintCases")
  void hadolintCompat(String dockerfile) {
    T.with(Settings.defaults().withHadolintCompat(true)).check(dockerfile);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
