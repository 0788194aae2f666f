package dev.dockwright.rules.run;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PipeWithoutPipefailTest {
  private static final RuleTester T = RuleTester.of(PipeWithoutPipefail.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        # expect: DW4032 [1:26-1:27] "if `curl` fails, the `RUN` still succeeds because only `tar` counts: run `set -o pipefail` first"
        RUN curl -fsSL https://x | tar -xz
        """,
        // the stage's SHELL starts with pipefail on (also inherited by heredoc bodies the SHELL runs)
        """
        FROM debian:12
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN curl -fsSL https://x | tar -xz
        RUN <<EOF
        curl -fsSL https://x | tar -xz
        EOF
        """,
        // set -o pipefail earlier in the same script
        """
        FROM debian:12
        RUN set -o pipefail && curl -fsSL https://x | tar -xz && wget -qO- y | sh
        RUN <<EOF
        set -eo pipefail
        curl -fsSL https://x | tar -xz
        EOF
        """,
        // ... but only before the pipe, and not from a subshell
        """
        FROM debian:12
        # expect: DW4032 [1:25-1:26] "if `wget` fails"
        RUN wget -qO- https://x | sh && set -o pipefail
        # expect: DW4032 [1:39-1:40] "`echo`"
        RUN (set -o pipefail; true) && echo a | cat
        """,
        """
        FROM debian:12
        # expect: DW4032 [2:6-2:7] "(and 1 more pipe in this script)"
        RUN <<EOF bash -e
        echo | cat
        echo | cat
        EOF
        RUN <<EOF bash -o pipefail
        echo | cat
        EOF
        """,
        """
        FROM debian:12
        # expect: DW4032 [1:25-1:26] "if `wget` fails"
        ONBUILD RUN wget -qO- x | sh
        """,
        // not a POSIX shell: not analysed
        """
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        SHELL ["powershell", "-Command"]
        RUN Get-Content x | Out-Null
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
