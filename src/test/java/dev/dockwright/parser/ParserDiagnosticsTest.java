package dev.dockwright.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every syntax diagnostic: code, level, exact range and message. */
class ParserDiagnosticsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("FROM a\nRUNN make\n", "unknown-instruction", "2:1-2:10",
            "unknown instruction `RUNN`: did you mean `RUN`?"),
        Arguments.of("FROM a\nRUN for i in *; do [ $i ==\nsystemd-tmpfiles-setup.service ] || rm -f $i; done\n",
            "unknown-instruction", "3:1-3:51",
            "unknown instruction `systemd-tmpfiles-setup.service`: the previous line probably lacks a line"
                + " continuation (`\\` at its end)"),
        Arguments.of("# escape=`\nFROM a\nRUN echo \"unclosed\nfoo\n", "unknown-instruction", "4:1-4:4",
            "unknown instruction `foo`: the previous line probably lacks a line continuation (``` at its end)"),
        Arguments.of("FROM a\nCMD [\"a\", 1]\n", "invalid-json-array", "2:11-2:12",
            "JSON array form takes strings only: quote this element"),
        Arguments.of("FROM a\nRUN <<EOF\necho\n", "unterminated-heredoc", "2:5-2:10",
            "heredoc `EOF` is never closed: add a line `EOF` after its body"),
        Arguments.of("# escape=\\\n# escape=`\nFROM a\n", "duplicate-directive", "2:1-2:11",
            "only one `# escape=` parser directive is allowed; remove this one"),
        Arguments.of("# escape=x\nFROM a\n", "invalid-escape-directive", "1:10-1:11",
            "invalid escape character `x`: use `\\` or a backtick (`)"),
        Arguments.of("", "no-instructions", "1:1-1:1",
            "the file is empty: a Dockerfile needs at least a `FROM` instruction"),
        Arguments.of("# only\n", "no-instructions", "1:1-1:1",
            "the file has no instructions, only comments: a Dockerfile needs at least a `FROM` instruction"),
        Arguments.of("FROM a\nRUN a \\\n\n  b\n", "empty-continuation-line", "3:1-3:1",
            "empty line inside a continued instruction: BuildKit warns it will become an error; remove it"),
        Arguments.of("FROM a\nENV A=1 B\n", "key-value-syntax", "2:9-2:10",
            "ENV expects `name=value` pairs; `B` has no `=`"),
        Arguments.of("FROM a\nLABEL only\n", "key-value-syntax", "2:7-2:11",
            "LABEL `only` has no value: write `LABEL only=value`"),
        Arguments.of("FROM\n", "missing-arguments", "1:1-1:5",
            "FROM requires an image, e.g. `FROM debian:12-slim AS build`"),
        Arguments.of("FROM a b\n", "invalid-arguments", "1:8-1:9",
            "FROM takes an image and an optional `AS name`; unexpected `b`"),
        Arguments.of("FROM a\nCOPY onlyone\n", "missing-arguments", "2:1-2:5",
            "COPY requires at least one source and a destination, e.g. `COPY src/ /app/`"),
        Arguments.of("FROM a\nHEALTHCHECK CONNECT x\n", "invalid-arguments", "2:13-2:20",
            "unknown HEALTHCHECK type `CONNECT`: use `CMD` or `NONE`"),
        Arguments.of("FROM a\nHEALTHCHECK CMD\n", "missing-arguments", "2:13-2:16",
            "HEALTHCHECK CMD requires a command, e.g. `HEALTHCHECK CMD curl -f http://localhost/`"),
        Arguments.of("FROM a\nSHELL /bin/bash -c\n", "shell-not-json", "2:7-2:19",
            "SHELL requires a JSON array, e.g. `SHELL [\"/bin/bash\", \"-c\"]`"),
        Arguments.of("FROM a\nWORKDIR\n", "missing-arguments", "2:1-2:8",
            "WORKDIR requires a path, e.g. `WORKDIR /app`"),
        Arguments.of("\\\n", "unknown-instruction", "1:1-1:2",
            "line continuation with no instruction: remove the lone `\\`"));
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("cases")
  void reportsDiagnostic(String text, String code, String range, String message) {
    ParseResult result = DockerfileReader.parse(text.getBytes(StandardCharsets.UTF_8));
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code().equals(code))
        .extracting(d -> d.range() + " " + d.message())
        .containsExactly(range + " " + message);
  }

  @Test
  void cleanFileHasNoDiagnostics() {
    ParseResult result = DockerfileReader.parse("FROM a AS b\nRUN x \\\n  y\nCMD [\"z\"]\n".getBytes(StandardCharsets.UTF_8));
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void lineOverBuildkitLimit() {
    String text = "FROM a\nLABEL x=" + "a".repeat(65_536) + "\n";
    ParseResult result = DockerfileReader.parse(text.getBytes(StandardCharsets.UTF_8));
    assertThat(result.diagnostics()).extracting(d -> d.code() + " " + d.range() + " " + d.message())
        .containsExactly("line-too-long 2:1-2:1 line is 65544 bytes long; BuildKit rejects lines longer than 65,535"
            + " bytes: split it with line continuations");
    assertThat(result.ast().instructions()).hasSize(2);
  }

  @Test
  void nulBytesAndInvalidUtf8AreReportedAndTheRestIsParsed() {
    byte[] bytes = {'F', 'R', 'O', 'M', ' ', 'a', '\n', 'R', 'U', 'N', ' ', (byte) 0xC3, (byte) 0x28, 0, '\n',
        'C', 'M', 'D', ' ', 'x', '\n'};
    ParseResult result = DockerfileReader.parse(bytes);
    assertThat(result.diagnostics()).extracting(d -> d.code() + " " + d.range())
        .containsExactly("invalid-utf8 2:1-2:8", "nul-byte 2:7-2:8");
    assertThat(result.diagnostics().get(0).message()).isEqualTo("invalid UTF-8 at byte 11: save the file as UTF-8");
    assertThat(result.ast().instructions()).hasSize(3);
  }
}
