package dev.dockwright.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.fix.Applicability;
import dev.dockwright.parser.DecodedSource;
import dev.dockwright.rule.FixAvailability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fix-convergence harness ({@link FixConvergence}) over every Dockerfile in {@code testdata/} and over
 * {@value #GENERATED} files of the seeded {@link FixCorpus}: all fixes, safe and unsafe, to a fixed point,
 * bring no syntax error and no finding the file did not have, remove what they fixed, settle, and (safe ones)
 * leave what they did not target as BuildKit reads it.
 */
class FixConvergenceTest {
  static final int GENERATED = 2000;
  private static final long SEED = 20261204L;
  private static final Map<String, FixConvergence.Outcome> GENERATED_OUTCOMES = new ConcurrentHashMap<>();
  private static final Map<String, String> GENERATED_TEXTS = new ConcurrentHashMap<>();
  private static final ThreadLocal<FixConvergence> HARNESS = ThreadLocal.withInitial(FixConvergence::new);

  /** Every Dockerfile in {@code testdata/}: the fixtures and the fuzz regressions. */
  static Stream<Path> testdataFiles() throws IOException {
    return Stream.concat(FuzzRegressions.fixtures(), FuzzRegressions.files());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("testdataFiles")
  void everyTestdataFileConverges(Path file) throws IOException {
    String text = DecodedSource.decode(Files.readAllBytes(file)).text();
    FixConvergence.Outcome o = HARNESS.get().check(file.toString(), text);
    assertThat(o.problems()).as("fixed:%n%s", o.fixed()).isEmpty();
  }

  static Stream<Arguments> generated() {
    return outcomes().entrySet().stream().sorted(Map.Entry.comparingByKey(FixConvergenceTest::byNumber))
        .map(e -> Arguments.of(e.getKey()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generated")
  void everyGeneratedFileConverges(String name) {
    FixConvergence.Outcome o = outcomes().get(name);
    assertThat(o.problems()).as("the generated file:%n%s%nfixed:%n%s", GENERATED_TEXTS.get(name), o.fixed()).isEmpty();
  }

  @Test
  void theGeneratedCorpusExercisesEveryRuleWithAFix() {
    Set<String> fixed = outcomes().values().stream().flatMap(o -> o.rulesFixed().stream())
        .collect(Collectors.toCollection(TreeSet::new));
    List<String> withFix = RuleRegistry.standard().all().stream()
        .filter(d -> d.fix() != FixAvailability.NONE && (d.fixSafety().contains(Applicability.SAFE)
            || d.fixSafety().contains(Applicability.UNSAFE)))
        .map(RuleDescriptor::id).filter(id -> !id.equals("DW4033")).sorted().toList();
    assertThat(fixed).as("rules whose fix the corpus applied").containsAll(withFix);
  }

  /** The generated corpus, fixed once per run on both cores (the parameterized tests read the outcomes). */
  private static synchronized Map<String, FixConvergence.Outcome> outcomes() {
    if (GENERATED_OUTCOMES.isEmpty()) {
      FixCorpus corpus = FixCorpus.fromRulePages();
      corpus.files(SEED, GENERATED).parallel()
          .forEach(f -> {
            GENERATED_TEXTS.put(f[0], f[1]);
            GENERATED_OUTCOMES.put(f[0], HARNESS.get().check(f[0], f[1]));
          });
    }
    return GENERATED_OUTCOMES;
  }

  private static int byNumber(String a, String b) {
    return Integer.compare(number(a), number(b));
  }

  private static int number(String name) {
    return Integer.parseInt(name.substring(name.lastIndexOf('-') + 1));
  }
}
