package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnpinnedApkPackageTest {
  private static final Settings COMPAT = Settings.defaults().withHadolintCompat(true);
  private static final RuleTester T = RuleTester.of(UnpinnedApkPackage.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        RUN apk add --no-cache curl=8.9.0-r0 bash~5.2 ./local.apk --virtual .build-deps gcc=13.2.1_git20240309-r0
        RUN apk add --no-cache "nginx=${NGINX_VERSION}" $EXTRA && apk del .build-deps
        """,
        // apk reads ~, ~= and =~ alike: any revision of that version
        """
        FROM alpine:3.20
        RUN apk add --no-cache --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing git=~2.45 curl~=8.9
        """,
        """
        FROM alpine:3.20
        # expect: DW4010 [1:24-1:28] "`curl` is not pinned: write `curl=<version>`"
        RUN apk add --no-cache curl
        """,
        """
        FROM alpine:3.20
        # expect: DW4010 [1:28-1:38] "`@community` selects a repository, not a version: write `tini=<version>`"
        # expect: DW4010 [1:47-1:50] "`>=3` is a version range"
        RUN apk add --no-cache tini@community 'python3>=3'
        """,
        """
        FROM alpine:3.20
        # expect: DW4010 [2:20-2:23] "`git`"
        RUN <<EOF
        apk add --no-cache git
        EOF
        """,
        """
        FROM alpine:3.20
        # expect: DW4010 [1:24-1:27] "`zsh`"
        ONBUILD RUN apk add -U zsh
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  /** With {@code compat: hadolint}: every range pins; a repository tag still does not. */
  @Test
  void hadolintCompat() {
    T.with(COMPAT).check("""
        FROM alpine:3.20
        RUN apk add --no-cache 'python3>=3.12' 'curl<9'
        # expect: DW4010 [1:28-1:38] "`@community` selects a repository, not a version: write `tini=<version>`"
        RUN apk add --no-cache tini@community
        """);
  }
}
