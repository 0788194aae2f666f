package dev.dockwright.engine;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole pipeline ({@link FuzzTarget}: parser, model, every rule but ShellCheck, every fix to a fixed
 * point) under Jazzer. Without {@code JAZZER_FUZZ} the fuzz test replays its committed inputs
 * ({@code src/test/resources/dev/dockwright/engine/PipelineFuzzTestInputs/pipeline/}); {@code bench/fuzz.sh}
 * fuzzes it for real. Every minimized crasher in {@code testdata/fuzz-regressions/} runs on every build.
 */
class PipelineFuzzTest {
  private static final FuzzTarget TARGET = new FuzzTarget();

  @FuzzTest
  void pipeline(byte[] input) {
    TARGET.check(input);
  }

  static Stream<Path> regressions() throws IOException {
    return FuzzRegressions.files();
  }

  @ParameterizedTest
  @MethodSource("regressions")
  void minimizedCrashersStayFixed(Path file) throws IOException {
    TARGET.check(Files.readAllBytes(file));
  }
}
