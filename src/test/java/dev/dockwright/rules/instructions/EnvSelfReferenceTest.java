package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EnvSelfReferenceTest {
  private static final RuleTester T = RuleTester.of(EnvSelfReference.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        ENV A=1
        ENV B=$A C=2
        ENV PATH=/opt/bin:$PATH
        ENV D=1 E=${F:-x}
        """,
        """
        FROM alpine:3.20
        # expect: DW3023 [1:23-1:32] "`$APP_HOME` is empty (it is not set before this ENV), not the `APP_HOME` set earlier in this ENV"
        ENV APP_HOME=/app BIN=$APP_HOME/bin
        ENV V=1
        # expect: DW3023 [1:11-1:15] "`$V` is its value from before this ENV, not the `V` set earlier in this ENV"
        ENV V=2 W=${V}
        # expect: DW3023 [1:19-1:21] "`$X` is empty (it is not set before this ENV)"
        ONBUILD ENV X=1 Y=$X
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void noSplitInsideOnbuild() {
    org.assertj.core.api.Assertions.assertThat(T.findings("FROM a:1\nONBUILD ENV X=1 Y=$X\n")).singleElement()
        .satisfies(f -> org.assertj.core.api.Assertions.assertThat(f.fix()).isEmpty());
  }

  @Test
  void splitsTheInstructionOnlyWithUnsafeFixes() {
    T.unsafeFix("FROM alpine:3.20\nENV APP_HOME=/app BIN=$APP_HOME/bin\n",
        "FROM alpine:3.20\nENV APP_HOME=/app\nENV BIN=$APP_HOME/bin\n");
  }
}
