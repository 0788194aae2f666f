package dev.dockwright.shellcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading {@code shellcheck -f json1} output (as ShellCheck 0.9 prints it) without running ShellCheck. */
class ShellCheckOutputTest {
  private static final String OUTPUT = """
      {"comments":[
        {"file":"0.sh","line":3,"endLine":3,"column":6,"endColumn":8,"level":"info","code":2086,
         "message":"Double quote to prevent globbing and word splitting.",
         "fix":{"replacements":[
           {"column":6,"endColumn":6,"endLine":3,"insertionPoint":"afterEnd","line":3,"precedence":7,"replacement":"\\""},
           {"column":8,"endColumn":8,"endLine":3,"insertionPoint":"beforeStart","line":3,"precedence":7,"replacement":"\\""}]}},
        {"file":"1.sh","line":2,"endLine":2,"column":1,"endColumn":5,"level":"warning","code":2164,
         "message":"Use 'cd ... || exit' in case cd fails.","fix":null,"extra":{"nested":[1,2,{"a":[]}]}},
        {"file":"7.sh","line":1,"endLine":1,"column":1,"endColumn":2,"level":"error","code":1000,"message":"no such script"},
        {"file":"/tmp/other.txt","line":1,"endLine":1,"column":1,"endColumn":2,"level":"error","code":1000,"message":"x"}
      ]}
      """;

  @Test
  void readsCommentsWithTheirFixesAndSkipsUnknownFieldsAndForeignFiles() throws IOException {
    ShellCheckRunner.Result r = ShellCheckRunner.parse(OUTPUT, 2);

    assertThat(r.skipped()).isEmpty();
    assertThat(r.comments()).containsExactly(
        new ShellCheckRunner.Comment(0, 3, 6, 3, 8, "info", 2086,
            "Double quote to prevent globbing and word splitting.", List.of(
                new ShellCheckRunner.Replacement(3, 6, 3, 6, "\""),
                new ShellCheckRunner.Replacement(3, 8, 3, 8, "\""))),
        new ShellCheckRunner.Comment(1, 2, 1, 2, 5, "warning", 2164, "Use 'cd ... || exit' in case cd fails.",
            List.of()));
  }

  @Test
  void emptyOutputIsASkipWithItsReason() throws IOException {
    assertThat(ShellCheckRunner.parse("  \n", 1).skipped()).isEqualTo(Optional.of("shellcheck printed nothing"));
    assertThat(ShellCheckRunner.parse("{\"comments\":[]}", 1).comments()).isEmpty();
  }

  @Test
  void outputThatIsNotAnObjectIsRefused() {
    assertThatThrownBy(() -> ShellCheckRunner.parse("[1, 2]", 1)).isInstanceOf(IOException.class)
        .hasMessage("unexpected shellcheck output: START_ARRAY where START_OBJECT was expected");
  }
}
