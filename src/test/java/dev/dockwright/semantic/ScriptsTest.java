package dev.dockwright.semantic;

import static dev.dockwright.semantic.Models.at;
import static dev.dockwright.semantic.Models.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ShellScript;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shell models of what an instruction runs: its command line, plus the here-document a shell runs as
 * a script. Mirrors BuildKit's dispatchRun: {@code RUN <<EOF} alone runs the body with the SHELL (or,
 * with a shebang, as an executable file); otherwise the line runs in the shell and the bodies are the
 * commands' input.
 */
class ScriptsTest {

  /** {@code exec|shell[ (not parsed)]: invocation names@range}. */
  static String describe(ShellScript s) {
    return (s.isExecForm() ? "exec" : "shell") + (s.parsedCleanly() ? "" : " (not parsed)") + ":"
        + s.invocations().stream().map(ScriptsTest::invocation).collect(Collectors.joining(""));
  }

  private static String invocation(Invocation i) {
    return " " + i.name() + "@" + i.commandWord().range();
  }

  static Stream<Arguments> scripts() {
    return Stream.of(
        arguments("RUN apt-get update && apt-get install -y curl",
            List.of("shell: apt-get@2:5-2:12 apt-get@2:23-2:30")),
        arguments("RUN [\"apt-get\", \"install\", \"-y\", \"vim\"]", List.of("exec: apt-get@2:6-2:15")),
        arguments("CMD [\"sh\", \"-c\", \"exec nginx -g 'daemon off;'\"]", List.of("exec: sh@2:6-2:10 nginx@2:24-2:29")),
        arguments("ENTRYPOINT /docker-entrypoint.sh", List.of("shell: docker-entrypoint.sh@2:12-2:33")),
        arguments("HEALTHCHECK --interval=5s CMD curl -f http://localhost/", List.of("shell: curl@2:31-2:35")),
        arguments("HEALTHCHECK NONE", List.of()),
        arguments("ENV A=1", List.of()),
        arguments("COPY <<EOF /etc/motd\nhello\nEOF", List.of()),
        // the body of a lone heredoc is the script
        arguments("RUN <<EOF\napt-get install -y git\nrm -rf /var/lib/apt/lists/*\nEOF",
            List.of("shell:", "shell: apt-get@3:1-3:8 rm@4:1-4:3")),
        arguments("RUN <<-EOF\n\tset -e\n\tmake\nEOF", List.of("shell:", "shell: set@3:2-3:5 make@4:2-4:6")),
        // a shell reading the body from standard input
        arguments("RUN <<EOF bash\nset -o pipefail\ncurl -fsSL x | tar -x\nEOF",
            List.of("shell: bash@2:11-2:15", "shell: set@3:1-3:4 curl@4:1-4:5 tar@4:16-4:19")),
        arguments("RUN bash -e <<EOF\necho hi\nEOF", List.of("shell: bash@2:5-2:9", "shell: echo@3:1-3:5")),
        // a body another program reads is data, not a shell script
        arguments("RUN python3 <<EOF\nimport os\nprint(os.getcwd())\nEOF", List.of("shell: python3@2:5-2:12")),
        arguments("RUN cat <<EOF > /etc/app.conf\nkey=value\nEOF", List.of("shell: cat@2:5-2:8")),
        arguments("RUN <<EOF\n#!/usr/bin/env python3\nprint('hi')\nEOF", List.of("shell:")),
        arguments("RUN <<EOF\n#!/bin/bash\necho hi\nEOF", List.of("shell:", "shell: echo@4:1-4:5")),
        // several heredocs and no command: the shell gets a command-less line, no body runs
        arguments("RUN <<A <<B\necho a\nA\necho b\nB", List.of("shell:")),
        // a script that does not parse: words recovered, flagged
        arguments("RUN echo \"unterminated && if then", List.of("shell (not parsed): echo@2:5-2:9")));
  }

  @ParameterizedTest
  @MethodSource("scripts")
  void scriptsOfAnInstruction(String instruction, List<String> expected) {
    DockerfileModel m = model("FROM debian\n" + instruction + "\n");
    assertThat(m.scripts(at(m, 2))).map(ScriptsTest::describe).containsExactlyElementsOf(expected);
  }

  @Test
  void brokenScriptCarriesItsDiagnostics() {
    DockerfileModel m = model("FROM debian\nRUN echo \"unterminated && if then\n");
    ShellScript script = m.scripts(at(m, 2)).get(0);
    assertThat(script.parsedCleanly()).isFalse();
    assertThat(script.diagnostics()).isNotEmpty();
  }

  @Test
  void onbuildTriggersHaveScriptsToo() {
    DockerfileModel m = model("FROM debian AS base\nONBUILD RUN make install\n");
    var trigger = m.stages().get(0).onbuildTriggers().get(0);
    assertThat(m.scripts(trigger)).map(ScriptsTest::describe).containsExactly("shell: make@2:13-2:17");
    assertThat(m.scripts(at(m, 2))).isEmpty();
  }
}
