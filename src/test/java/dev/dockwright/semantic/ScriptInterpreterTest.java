package dev.dockwright.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.ast.Instruction;
import dev.dockwright.parser.DockerfileReader;
import dev.dockwright.shell.ShellScript;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptInterpreterTest {
  private static List<ScriptInterpreter> interpreters(String dockerfile) {
    DockerfileModel m = DockerfileModel.of(DockerfileReader.parse(dockerfile).ast());
    Instruction run = m.ast().instructions().stream().filter(i -> i instanceof Instruction.Run).reduce((a, b) -> b)
        .orElseThrow();
    return m.scripts(run).stream().map(m::interpreter).toList();
  }

  @Test
  void shellFormRunsWithTheStageShell() {
    List<ScriptInterpreter> i = interpreters("FROM a\nSHELL [\"/bin/bash\", \"-eo\", \"pipefail\", \"-c\"]\nRUN x | y\n");
    assertThat(i).singleElement().satisfies(s -> {
      assertThat(s.source()).isEqualTo(ScriptInterpreter.Source.SHELL_INSTRUCTION);
      assertThat(s.name()).contains("bash");
      assertThat(s.isPosixShell()).isTrue();
      assertThat(s.startsWithPipefail()).isTrue();
    });
  }

  @Test
  void execFormHasNoShell() {
    assertThat(interpreters("FROM a\nRUN [\"make\"]\n")).singleElement()
        .satisfies(s -> assertThat(s.source()).isEqualTo(ScriptInterpreter.Source.NONE));
  }

  @Test
  void heredocBodies() {
    assertThat(interpreters("FROM a\nRUN <<EOF\necho hi\nEOF\n")).extracting(ScriptInterpreter::source)
        .containsExactly(ScriptInterpreter.Source.SHELL_INSTRUCTION, ScriptInterpreter.Source.SHELL_INSTRUCTION);
    List<ScriptInterpreter> command = interpreters("FROM a\nRUN <<EOF bash -o pipefail\necho hi | cat\nEOF\n");
    assertThat(command.get(1).source()).isEqualTo(ScriptInterpreter.Source.COMMAND);
    assertThat(command.get(1).argv()).containsExactly("bash", "-o", "pipefail");
    assertThat(command.get(1).startsWithPipefail()).isTrue();
    List<ScriptInterpreter> shebang = interpreters("FROM a\nRUN <<EOF\n#!/usr/bin/env bash\necho hi\nEOF\n");
    assertThat(shebang.get(1).source()).isEqualTo(ScriptInterpreter.Source.SHEBANG);
    assertThat(shebang.get(1).name()).contains("bash");
  }

  @Test
  void aPythonBodyIsNotAShellScript() {
    String df = "FROM a\nRUN <<EOF\n#!/usr/bin/env python3\nimport os\nEOF\n";
    DockerfileModel m = DockerfileModel.of(DockerfileReader.parse(df).ast());
    List<ShellScript> scripts = m.scripts(m.ast().instructions().get(1));
    assertThat(scripts).hasSize(1); // the RUN line only
  }

  @Test
  void powershellIsNotPosix() {
    assertThat(interpreters("FROM a\nSHELL [\"powershell\", \"-Command\"]\nRUN Get-Item x\n")).singleElement()
        .satisfies(s -> assertThat(s.isPosixShell()).isFalse());
  }
}
