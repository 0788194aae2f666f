package dev.dockwright.engine;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dockwright.parser.ParserFuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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

  /**
   * What the jqwik property once generated, now seeded and fixed: the parser's 800 generated Dockerfiles and
   * noise, and 700 files of the fix corpus with byte-level mutations (a deleted, duplicated or changed
   * character, a truncation), 1,500 in all.
   */
  static Stream<Arguments> generated() {
    Stream<String> parser = Stream.concat(ParserFuzzTest.dockerfiles(), ParserFuzzTest.noise());
    Random r = new Random(20261206L);
    Stream<String> mutated = FixCorpus.fromRulePages().files(20261206L, 700).map(f -> mutate(f[1], r));
    java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
    return Stream.concat(parser, mutated).map(t -> Arguments.of(n.incrementAndGet(), t));
  }

  private static String mutate(String text, Random r) {
    StringBuilder sb = new StringBuilder(text);
    int edits = 1 + r.nextInt(4);
    for (int k = 0; k < edits && sb.length() > 0; k++) {
      int at = r.nextInt(sb.length());
      switch (r.nextInt(4)) {
        case 0 -> sb.deleteCharAt(at);
        case 1 -> sb.insert(at, sb.charAt(at));
        case 2 -> sb.setCharAt(at, "\\`\"'<>$#\n \t=[]-".charAt(r.nextInt(15)));
        default -> sb.setLength(at);
      }
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "generated input {0}")
  @MethodSource("generated")
  void generatedInputsPassThePipeline(int number, String text) {
    try {
      TARGET.check(text.getBytes(StandardCharsets.UTF_8));
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "\n--- input ---\n" + text, e);
    }
  }

  static Stream<Path> fixtures() throws IOException {
    return FuzzRegressions.fixtures();
  }

  /** The fuzz target over its seed corpus: every Dockerfile fixture in {@code testdata/}. */
  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixturePassesThePipeline(Path file) throws IOException {
    TARGET.check(Files.readAllBytes(file));
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
