package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Ranges must hit the exact source characters, also through Dockerfile continuations and nesting. */
class SourceRangeTest {

  static Stream<Arguments> invocationWordRanges() {
    return Stream.of(
        // RUN text, index of invocation, expected "raw@range" of command word and args
        arguments("apt-get update && \\\n    apt-get install -y curl", 1,
            List.of("apt-get@2:5-2:12", "install@2:13-2:20", "-y@2:21-2:23", "curl@2:24-2:28")),
        arguments("apt-get ins\\\ntall x", 0, List.of("apt-get@1:5-1:12", "install@1:13-2:5", "x@2:6-2:7")),
        arguments("echo $(cat /etc/os-release)", 1, List.of("cat@1:12-1:15", "/etc/os-release@1:16-1:31")),
        arguments("echo `uname -r`", 1, List.of("uname@1:11-1:16", "-r@1:17-1:19")),
        arguments("echo \"`echo \\$HOME`\"", 1, List.of("echo@1:12-1:16", "$HOME@1:18-1:23")),
        arguments("sh -c 'apt-get install -y vim'", 1,
            List.of("apt-get@1:12-1:19", "install@1:20-1:27", "-y@1:28-1:30", "vim@1:31-1:34")),
        arguments("bash -c \"echo \\\"hi\\\" && ls /\"", 2, List.of("ls@1:29-1:31", "/@1:32-1:33")),
        arguments("sh -c 'apt-get update && \\\n  apt-get install -y git'", 2,
            List.of("apt-get@2:3-2:10", "install@2:11-2:18", "-y@2:19-2:21", "git@2:22-2:25")),
        arguments("x=$(a $(b $(c d)))", 2, List.of("c@1:17-1:18", "d@1:19-1:20")),
        arguments("if true; then\n  for i in 1; do\n    make -j4\n  done\nfi", 1, List.of("make@3:5-3:9", "-j4@3:10-3:13")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invocationWordRanges")
  void mapsWordsToExactSourceRanges(String run, int index, List<String> expected) {
    Invocation inv = Scripts.run(run).invocations().get(index);

    List<String> actual = new java.util.ArrayList<>();
    actual.add(inv.commandWord().raw() + "@" + Scripts.at(inv.commandWord().range()));
    inv.args().forEach(w -> actual.add(w.raw() + "@" + Scripts.at(w.range())));
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void operatorsStatementsAndCompoundCommandsHaveRanges() {
    ShellScript script = Scripts.run("a && b\nif x; then y; fi >log");

    AndOrList list = (AndOrList) script.statements().get(0).command();
    assertThat(Scripts.at(list.operators().get(0).range())).isEqualTo("1:7-1:9");
    assertThat(Scripts.at(list.range())).isEqualTo("1:5-1:11");
    assertThat(Scripts.at(script.statements().get(0).terminator().orElseThrow().range())).isEqualTo("1:11-2:1");
    IfCommand ifCommand = (IfCommand) script.statements().get(1).command();
    assertThat(Scripts.at(ifCommand.range())).isEqualTo("2:1-2:22");
    assertThat(Scripts.at(ifCommand.redirections().get(0).range())).isEqualTo("2:18-2:22");
  }

  @Test
  void rangeOfWordSplitByContinuationEndsOnItsLastCharacter() {
    ShellScript script = Scripts.run("echo ab\\\n");

    Word word = script.words().get(1);
    assertThat(word.raw()).isEqualTo("ab");
    assertThat(Scripts.at(word.range())).isEqualTo("1:10-1:12");
  }

  @Test
  void shortFlagsInACombinedOptionGetTheirOwnRanges() {
    Invocation inv = Scripts.run("apt-get install -yq \\\n --no-install-recommends x").invocations().get(0);

    assertThat(inv.options()).extracting(o -> o.flag() + "@" + Scripts.at(o.range()))
        .containsExactly("-y@1:21-1:23", "-q@1:23-1:24", "--no-install-recommends@2:2-2:25");
  }
}
