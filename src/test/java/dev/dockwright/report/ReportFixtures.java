package dev.dockwright.report;

import dev.dockwright.engine.DockerfileFinder;
import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.Finding;
import dev.dockwright.engine.Linter;
import dev.dockwright.engine.RuleRegistry;
import dev.dockwright.engine.RuleSelection;
import dev.dockwright.rule.Settings;
import dev.dockwright.rule.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Lint runs built the way {@code dockwright lint} builds them, with a fixed working directory and version. */
final class ReportFixtures {
  private ReportFixtures() {}

  /** Where the runs pretend to happen: reports must not depend on where the tests run. */
  static final Path WORKING_DIRECTORY = Path.of("/work/project");
  static final String VERSION = "1.2.3";
  /** Every rule the golden files were written with; naming them keeps new rules out of old goldens. */
  static final List<String> GOLDEN_RULES = List.of("DW1000", "DW1001", "DW1002", "DW3000", "DW3001", "DW3002");

  static Linter linter(List<String> select) {
    RuleRegistry registry = RuleRegistry.standard();
    return new Linter(registry, RuleSelection.builder(registry).select(select).build(), Settings.defaults(), true,
        t -> {
          throw new AssertionError(t);
        });
  }

  /** Lints in-memory files (display path to text), in path order. */
  static LintRun run(Map<String, String> files, List<LintRun.Notification> notifications) {
    Linter linter = linter(GOLDEN_RULES);
    List<FileResult> results = new ArrayList<>();
    files.forEach((path, text) -> results.add(linter.lint(path, text.getBytes(StandardCharsets.UTF_8))));
    return run(linter, results, notifications);
  }

  /** Lints every Dockerfile under {@code dir}, named relative to it. */
  static LintRun runDirectory(Path dir, List<LintRun.Notification> notifications) {
    Linter linter = linter(GOLDEN_RULES);
    List<FileResult> results = new ArrayList<>();
    try {
      for (Path f : DockerfileFinder.find(dir)) {
        String display = dir.relativize(f).toString().replace('\\', '/');
        results.add(linter.lint(display, Files.readAllBytes(f)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return run(linter, results, notifications);
  }

  static LintRun run(Linter linter, List<FileResult> results, List<LintRun.Notification> notifications) {
    List<FileResult> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparing(FileResult::path));
    Severity threshold = Severity.INFO;
    boolean fails = !notifications.isEmpty();
    for (FileResult r : sorted) {
      for (Finding f : r.activeFindings()) {
        fails |= f.severity().atLeast(threshold);
      }
    }
    RuleSelection selection = RuleSelection.builder(linter.registry()).select(GOLDEN_RULES).build();
    return new LintRun(sorted, selection.enabledRules(), notifications, threshold, false, fails ? 1 : 0,
        WORKING_DIRECTORY, VERSION);
  }

  static String write(Reporter reporter, LintRun run) {
    StringWriter w = new StringWriter();
    try {
      reporter.write(run, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** SARIF for a run, already checked against the SARIF 2.1.0 schema. */
  static String sarif(LintRun run) {
    String sarif = write(new SarifReporter(), run);
    ReportSchemas.assertValidSarif(sarif);
    return sarif;
  }
}
