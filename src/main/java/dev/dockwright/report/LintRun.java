package dev.dockwright.report;

import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.RuleDescriptor;
import dev.dockwright.rule.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a report needs about one run: the results per file (sorted by path), the rules that could run
 * (for SARIF's rule list), the files that could not be read, the exit code, and where the run happened
 * (reports make paths relative to it).
 */
public record LintRun(
    List<FileResult> results,
    List<RuleDescriptor> rules,
    List<Notification> notifications,
    Severity failureThreshold,
    boolean failOnNothing,
    int exitCode,
    Path workingDirectory,
    String toolVersion) {

  public LintRun {
    results = List.copyOf(results);
    rules = List.copyOf(rules);
    notifications = List.copyOf(notifications);
  }

  /** Something that went wrong with one input (unreadable file, time limit), not a finding. */
  public record Notification(String path, String message) {}
}
