package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShellOptionsTest {

  static Stream<Arguments> setCommands() {
    return Stream.of(
        // RUN text, setsErrexit, setsPipefail
        arguments("set -e", true, false),
        arguments("set -eux; make", true, false),
        arguments("set -o pipefail", false, true),
        arguments("set -euo pipefail", true, true),
        arguments("set -eo pipefail", true, true),
        arguments("set -Eeuxo pipefail", true, true),
        arguments("set -o errexit -o pipefail", true, true),
        arguments("set -x", false, false),
        arguments("set +e", false, false),
        arguments("(set -e; make)", false, false),
        arguments("echo set -e", false, false),
        arguments("set -- -e", false, false),
        arguments("if true; then set -o pipefail; fi", false, true));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("setCommands")
  void detectsErrexitAndPipefail(String run, boolean errexit, boolean pipefail) {
    ShellScript script = Scripts.run(run);

    assertThat(script.setsErrexit()).as("errexit").isEqualTo(errexit);
    assertThat(script.setsPipefail()).as("pipefail").isEqualTo(pipefail);
  }

  static Stream<Arguments> pipefailPositions() {
    return Stream.of(
        // RUN text, initial state, pipefail active at each pipeline in order
        arguments("a | b; set -o pipefail; c | d; set +o pipefail; e | f", false, List.of(false, true, false)),
        arguments("(set -o pipefail; a | b); c | d", false, List.of(true, false)),
        arguments("set -euo pipefail && curl x | sh", false, List.of(true)),
        arguments("curl x | sh", true, List.of(true)),
        arguments("set +o pipefail; curl x | sh", true, List.of(false)),
        arguments("x=$(set -o pipefail; a | b); c | d", false, List.of(true, false)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("pipefailPositions")
  void tracksPipefailByPosition(String run, boolean initiallyOn, List<Boolean> expected) {
    ShellScript script = Scripts.run(run);

    assertThat(script.pipelines()).extracting(p -> script.pipefailActiveAt(p.range(), initiallyOn))
        .isEqualTo(expected);
  }

  @Test
  void pipelinesListsOnlyMultiCommandPipelinesWithRanges() {
    ShellScript script = Scripts.run("curl -fsSL x | bash && ! grep -q y f && a |\\\n b | c");

    assertThat(script.pipelines()).extracting(p -> p.commands().size() + "@" + Scripts.at(p.range()))
        .containsExactly("2@1:5-1:24", "3@1:45-2:7");
  }

  @Test
  void errexitIsPositionAware() {
    ShellScript script = Scripts.run("false; set -e; false");

    SimpleCommand first = (SimpleCommand) script.statements().get(0).command();
    SimpleCommand last = (SimpleCommand) script.statements().get(2).command();
    assertThat(script.errexitActiveAt(first.range(), false)).isFalse();
    assertThat(script.errexitActiveAt(last.range(), false)).isTrue();
  }
}
