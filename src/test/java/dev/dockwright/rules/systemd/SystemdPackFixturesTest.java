package dev.dockwright.rules.systemd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.engine.Finding;
import dev.dockwright.engine.Linter;
import dev.dockwright.engine.RuleRegistry;
import dev.dockwright.engine.RuleSelection;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.fix.FixApplier;
import dev.dockwright.parser.DockerfileReader;
import dev.dockwright.parser.SyntaxDiagnostic;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Settings;
import dev.dockwright.rule.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lints {@code testdata/systemd/} with the systemd pack alone.
 *
 * <p>Every {@code Dockerfile} there has a {@code findings.txt} next to it: the exact findings
 * ({@code range severity rule: message}), and, when safe fixes change the file, a {@code fixed.Dockerfile}: the
 * result of applying them until stable. Regenerate both with {@code -Dsystemd.fixtures.update=true} and review
 * the diff. Under {@code rules/<rule>/}, a {@code bad*} case must trigger that rule and a {@code good*} case must
 * not. The named tests pin what the issue asks of the classic recipe and the reference shapes.
 */
class SystemdPackFixturesTest {
  private static final Path ROOT = Path.of("testdata/systemd");
  private static final boolean UPDATE = Boolean.getBoolean("systemd.fixtures.update");
  private static final Set<Applicability> SAFE = Set.of(Applicability.SAFE);
  private static final Set<Applicability> SAFE_AND_UNSAFE = Set.of(Applicability.SAFE, Applicability.UNSAFE);

  private static Linter linter() {
    RuleRegistry registry = RuleRegistry.standard();
    List<String> pack = registry.all().stream().filter(d -> d.category() == Category.SYSTEMD).map(d -> d.id())
        .toList();
    return new Linter(registry, RuleSelection.builder(registry).select(pack).build(), Settings.defaults(), true,
        t -> {
          throw new AssertionError("rule threw", t);
        });
  }

  private static final Linter LINTER = linter();

  static List<Finding> lint(String text) {
    return LINTER.lintText("Dockerfile", text).findings().stream().filter(f -> !f.suppressed()).toList();
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static Set<String> rules(List<Finding> findings) {
    return findings.stream().map(f -> f.rule().name()).collect(Collectors.toCollection(TreeSet::new));
  }

  static String describe(List<Finding> findings) {
    return findings.stream().map(f -> f.range() + " " + f.severity().label() + " " + f.rule().name() + ": "
        + f.message() + "\n").collect(Collectors.joining());
  }

  static long syntaxErrors(String text) {
    return DockerfileReader.parse(text).diagnostics().stream().filter(d -> d.level() == SyntaxDiagnostic.Level.ERROR)
        .count();
  }

  static FixApplier.Result fix(String text, Set<Applicability> allowed) {
    return FixApplier.applyUntilStable(text, t -> lint(t).stream()
        .filter(f -> f.fix().isPresent() && allowed.contains(f.fix().get().applicability()))
        .map(f -> f.fix().get()).toList());
  }

  static Stream<Path> fixtures() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(p -> p.getFileName().toString().equals("Dockerfile")).map(Path::getParent).sorted()
          .toList().stream();
    }
  }

  // ------------------------------------------------------------------------------------ every fixture

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void findingsMatchTheGoldenFile(Path dir) throws IOException {
    String text = read(dir.resolve("Dockerfile"));
    String actual = describe(lint(text));
    Path golden = dir.resolve("findings.txt");
    if (UPDATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("%s (regenerate with -Dsystemd.fixtures.update=true)", golden).exists();
    assertThat(actual).as("findings of %s", dir).isEqualTo(read(golden));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void safeFixesSettleCleanAndTwiceChangesNothing(Path dir) throws IOException {
    String text = read(dir.resolve("Dockerfile"));
    List<Finding> before = lint(text);
    FixApplier.Result fixed = fix(text, SAFE);
    Path golden = dir.resolve("fixed.Dockerfile");
    if (UPDATE) {
      if (fixed.text().equals(text)) {
        Files.deleteIfExists(golden);
      } else {
        Files.writeString(golden, fixed.text(), StandardCharsets.UTF_8);
      }
    }
    if (fixed.text().equals(text)) {
      assertThat(golden).doesNotExist();
      return;
    }
    assertThat(fixed.converged()).as("fixes of %s settle", dir).isTrue();
    assertThat(fixed.text()).as("fixed %s", dir).isEqualTo(read(golden));
    assertThat(syntaxErrors(fixed.text())).as("fixed %s parses no worse", dir).isLessThanOrEqualTo(syntaxErrors(text));
    List<Finding> after = lint(fixed.text());
    assertThat(after).as("no safe fix is left in %s", dir)
        .noneMatch(f -> f.fix().map(x -> x.applicability() == Applicability.SAFE).orElse(false));
    Map<String, Long> unfixable = new HashMap<>();
    Set<String> fixedRules = new TreeSet<>();
    for (Finding f : before) {
      if (f.fix().map(x -> x.applicability() == Applicability.SAFE).orElse(false)) {
        fixedRules.add(f.rule().name());
      } else {
        unfixable.merge(f.rule().name(), 1L, Long::sum);
      }
    }
    for (String rule : fixedRules) {
      assertThat(after.stream().filter(f -> f.rule().name().equals(rule)).count())
          .as("%s is clean for %s after its fixes:\n%s", dir, rule, describe(after))
          .isEqualTo(unfixable.getOrDefault(rule, 0L));
    }
    assertThat(fix(fixed.text(), SAFE).text()).as("fixing %s twice changes nothing", dir).isEqualTo(fixed.text());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void ruleCasesTriggerOrNotTheirRule(Path dir) {
    if (!dir.getParent().getParent().equals(ROOT.resolve("rules"))) {
      return;
    }
    String rule = dir.getParent().getFileName().toString();
    assertThat(RuleRegistry.standard().find(rule)).as("a rule named %s", rule).isPresent();
    Set<String> found = rules(lint(read(dir.resolve("Dockerfile"))));
    if (dir.getFileName().toString().startsWith("bad")) {
      assertThat(found).as("%s triggers %s", dir, rule).contains(rule);
    } else {
      assertThat(found).as("%s does not trigger %s", dir, rule).doesNotContain(rule);
    }
  }

  // ------------------------------------------------------------------------------------ the cases

  @Test
  void classicBaseReportsWhatTheSpecCallsFor() {
    String text = read(ROOT.resolve("classic/base/Dockerfile"));
    List<Finding> findings = lint(text);
    // systemd-v1-only-base is the spec's info for systemd < 230 bases, which centos:centos7 is.
    assertThat(rules(findings)).containsExactly("eol-centos-repos", "missing-privileged-note", "missing-stopsignal",
        "obsolete-fakesystemd-swap", "pruned-user-sessions", "systemd-v1-only-base");
    assertThat(findings).hasSize(6);

    FixApplier.Result fixed = fix(text, SAFE);
    List<Finding> after = lint(fixed.text());
    assertThat(rules(after)).as("left: the unsafe swap deletion and what needs a human")
        .containsExactly("eol-centos-repos", "obsolete-fakesystemd-swap", "systemd-v1-only-base");
    assertThat(fix(fixed.text(), SAFE).text()).isEqualTo(fixed.text());
  }

  @Test
  void referenceShapesAreClean() {
    assertThat(lint(read(ROOT.resolve("reference/el9/Dockerfile")))).isEmpty();
    assertThat(lint(read(ROOT.resolve("reference/debian/Dockerfile")))).isEmpty();
  }

  @Test
  void httpdAppAloneGetsNoConfidentFinding() {
    List<Finding> findings = lint(read(ROOT.resolve("classic/httpd/Dockerfile")));
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("base image `centos7-systemd` not visible; map it in the config");
      assertThat(f.fix()).isEmpty();
    });
    assertThat(rules(findings)).doesNotContain("missing-cgroup-volume", "cgroup-volume-on-cgroup-v2",
        "prune-before-install", "prune-after-enable", "eol-centos-repos");
  }

  @Test
  void bareRecipeOnTheFakesystemdBaseGetsTheFourCoreRulesAndTheirFixesWork() {
    String text = read(ROOT.resolve("classic/bare-7.0.1406/Dockerfile"));
    List<Finding> findings = lint(text);
    for (String core : List.of("missing-privileged-note", "missing-cgroup-volume")) {
      assertThat(findings).as(core).anySatisfy(f -> {
        assertThat(f.rule().name()).isEqualTo(core);
        assertThat(f.fix().map(Fix::applicability)).hasValue(Applicability.SAFE);
      });
    }
    // The swap needs the retired mirrors: without a redirect to the vault it would fail the build; and the
    // pruning waits for the swap, whose install would bring the links back.
    for (String waiting : List.of("fakesystemd-installed", "leftover-sysinit-wants")) {
      assertThat(findings).as(waiting).anySatisfy(f -> {
        assertThat(f.rule().name()).isEqualTo(waiting);
        assertThat(f.fix()).isEmpty();
      });
    }
    FixApplier.Result fixed = fix(text, SAFE_AND_UNSAFE);
    assertThat(fixed.converged()).isTrue();
    // What no edit can fix: the end-of-life mirrors (and so the swap and then the pruning), and the cgroup
    // v1-only systemd of the base.
    assertThat(rules(lint(fixed.text()))).containsExactlyInAnyOrder("eol-centos-repos", "fakesystemd-installed",
        "leftover-sysinit-wants", "systemd-v1-only-base");
    assertThat(fix(fixed.text(), SAFE_AND_UNSAFE).text()).isEqualTo(fixed.text());
  }
}
