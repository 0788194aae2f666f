package dev.dockwright.rules.instructions;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WorkdirRelativePathTest {
  private static final RuleTester T = RuleTester.of(WorkdirRelativePath.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        WORKDIR /app
        WORKDIR src
        FROM alpine:3.20 AS base
        WORKDIR $HOME/app
        WORKDIR C:\\\\app
        """,
        """
        FROM alpine:3.20 AS base
        # expect: DW3003 [1:9-1:12] "`WORKDIR app` is relative: it is resolved against the base image's working directory, which this Dockerfile never sets; use an absolute path such as `/app`"
        WORKDIR app
        WORKDIR more
        FROM base
        WORKDIR again
        """,
        """
        FROM alpine:3.20
        ARG DIR=srv/www
        # expect: DW3003 [1:9-1:15] "`WORKDIR ${DIR}` is relative (`${DIR}` resolves to `srv/www`)"
        WORKDIR ${DIR}
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void suggestsAnAbsolutePathButNeverAppliesIt() {
    org.assertj.core.api.Assertions.assertThat(T.findings("FROM alpine:3.20\nWORKDIR ./app\n")).singleElement()
        .satisfies(f -> {
          org.assertj.core.api.Assertions.assertThat(f.fix()).hasValueSatisfying(fix -> {
            org.assertj.core.api.Assertions.assertThat(fix.applicability())
                .isEqualTo(dev.dockwright.fix.Applicability.DISPLAY_ONLY);
            org.assertj.core.api.Assertions.assertThat(fix.edits().get(0).replacement()).isEqualTo("/app");
          });
        });
  }

  /** compat: hadolint gives DL3000's verdict: a relative WORKDIR after an absolute one too. */
  @Test
  void hadolintCompatReportsEveryRelativeWorkdir() {
    RuleTester.of(WorkdirRelativePath.class).with(Settings.defaults().withHadolintCompat(true)).check("""
        FROM alpine:3.20
        WORKDIR /app
        # expect: DW3003 [1:9-1:12] "`WORKDIR src` is relative: hadolint's DL3000 asks for an absolute path (compat: hadolint)"
        WORKDIR src
        WORKDIR $HOME/x
        WORKDIR "/quoted"
        WORKDIR C:\\app
        """);
  }
}
