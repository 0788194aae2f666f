package dev.dockwright.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every directory under {@code testdata/parser/} holds a Dockerfile and either {@code expected.buildkit}
 * (exactly what BuildKit's {@code parser.Node.Dump()} prints for it, plus a newline) or
 * {@code expected.error} (the diagnostic code for which BuildKit's parser refuses the file).
 */
class BuildkitDumpFixtureTest {
  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of("testdata/parser"))) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void dumpsLikeBuildkit(Path dir) throws IOException {
    ParseResult result = DockerfileReader.parse(Files.readAllBytes(dir.resolve("Dockerfile")));
    Path expected = dir.resolve("expected.buildkit");
    if (Files.exists(expected)) {
      assertThat(BuildkitDump.buildkitRejects(result)).as("diagnostics %s", result.diagnostics()).isFalse();
      assertThat(BuildkitDump.dump(result.ast())).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    } else {
      String code = Files.readString(dir.resolve("expected.error")).strip();
      assertThat(BuildkitDump.buildkitRejects(result)).isTrue();
      assertThat(result.diagnostics()).extracting(SyntaxDiagnostic::code).contains(code);
    }
  }
}
