package dev.dockwright.rules.instructions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonArgsRecommendedTest {
  private static final RuleTester T = RuleTester.of(JsonArgsRecommended.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        CMD ["nginx", "-g", "daemon off;"]
        ENTRYPOINT ["/entrypoint.sh"]
        FROM alpine:3.20 AS with-shell
        SHELL ["/bin/bash", "-c"]
        CMD nginx -g "daemon off;"
        FROM with-shell
        CMD echo inherited shell
        """,
        """
        FROM alpine:3.20
        # expect: DW3022 [1:5-1:27] "shell-form CMD runs as `/bin/sh -c"
        CMD nginx -g "daemon off;"
        # expect: DW3022 [1:12-1:29] "shell-form ENTRYPOINT"
        ENTRYPOINT exec /usr/bin/app
        # expect: DW3022 [1:13-1:21] "shell-form CMD"
        ONBUILD CMD run $APP
        """,
        // hadolint's: HEALTHCHECK CMD in shell form too, not in JSON form (nor HEALTHCHECK NONE)
        """
        FROM alpine:3.20
        # expect: DW3022 [1:17-1:23] "shell-form HEALTHCHECK CMD runs as `/bin/sh -c \"...\"` at every check: the image needs a shell for it and each probe starts one more process; use the JSON form `HEALTHCHECK CMD [\"executable\", \"arg\"]`"
        HEALTHCHECK CMD foobar
        HEALTHCHECK CMD [ "foobar" ]
        HEALTHCHECK NONE
        # expect: DW3022 [1:32-1:67] "shell-form HEALTHCHECK CMD"
        HEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1
        CMD [ "/bin/sh", "-c", \\
              "echo foo && \\
               echo bar" \\
            ]
        """,
        // a stage that chose its shell is exempt for HEALTHCHECK as well
        """
        FROM alpine:3.20
        SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
        HEALTHCHECK CMD wget -qO- http://localhost/ | grep ok
        """);
  }

  /** hadolint's verdicts: SHELL exempts nothing, and ONBUILD triggers are not looked at. */
  static Stream<String> hadolintCases() {
    return Stream.of(
        """
        FROM alpine:3.20
        SHELL ["/bin/bash", "-c"]
        # expect: DW3022 [1:5-1:16] "shell-form CMD"
        CMD echo chosen
        # expect: DW3022 [1:17-1:23] "shell-form HEALTHCHECK CMD"
        HEALTHCHECK CMD foobar
        ONBUILD CMD run $APP
        """);
  }

  @ParameterizedTest
  @MethodSource("hadolintCases")
  void hadolintCompat(String dockerfile) {
    T.with(Settings.defaults().withHadolintCompat(true)).check(dockerfile);
  }

  @Test
  void rewritesAHealthcheckOfPlainWords() {
    T.unsafeFix("FROM alpine:3.20\nHEALTHCHECK --interval=30s CMD curl -f http://localhost/\n",
        "FROM alpine:3.20\nHEALTHCHECK --interval=30s CMD [\"curl\", \"-f\", \"http://localhost/\"]\n");
    assertThat(T.findings("FROM alpine:3.20\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n")).singleElement()
        .satisfies(f -> assertThat(f.fix()).isEmpty());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void rewritesSimpleCommandsAsJson() {
    T.unsafeFix("FROM alpine:3.20\nCMD nginx -g \"daemon off;\"\n",
        "FROM alpine:3.20\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n");
    T.unsafeFix("FROM alpine:3.20 AS base\nCMD [\"sh\"]\nFROM base\nENTRYPOINT exec /usr/bin/app --flag='a b'\n",
        "FROM alpine:3.20 AS base\nCMD [\"sh\"]\nFROM base\nENTRYPOINT [\"/usr/bin/app\", \"--flag=a b\"]\n");
  }

  /** In exec form an ENTRYPOINT receives the stage's CMD as arguments; in shell form it ignores it. */
  @Test
  void noFixForAnEntrypointWhoseStageHasACmd() {
    assertThat(T.findings("FROM rockylinux:9\nENTRYPOINT e\nCMD [\"/sbin/init\"]\n")).singleElement()
        .satisfies(f -> assertThat(f.fix()).isEmpty());
  }

  @Test
  void leavesShellFeaturesAlone() {
    for (String cmd : java.util.List.of("CMD run $APP", "CMD a && b", "CMD app > /log", "CMD ls *.txt",
        "CMD A=1 app", "CMD cd ~")) {
      org.assertj.core.api.Assertions.assertThat(T.findings("FROM alpine:3.20\n" + cmd + "\n")).singleElement()
          .satisfies(f -> org.assertj.core.api.Assertions.assertThat(f.fix()).as(cmd).isEmpty());
    }
  }
}
