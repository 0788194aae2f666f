package dev.dockwright.report;

import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.Finding;
import dev.dockwright.fix.Applicability;
import dev.dockwright.rule.Severity;
import java.util.EnumMap;
import java.util.Map;

/** Counts for a run's closing line. */
public record Summary(int files, int findings, Map<Severity, Integer> bySeverity, int suppressed, int safeFixes,
    int unsafeFixes) {

  public static Summary of(LintRun run) {
    Map<Severity, Integer> by = new EnumMap<>(Severity.class);
    int total = 0;
    int suppressed = 0;
    int safe = 0;
    int unsafe = 0;
    for (FileResult r : run.results()) {
      for (Finding f : r.findings()) {
        if (f.suppressed()) {
          suppressed++;
          continue;
        }
        total++;
        by.merge(f.severity(), 1, Integer::sum);
        if (f.fix().isPresent()) {
          if (f.fix().get().applicability() == Applicability.SAFE) {
            safe++;
          } else if (f.fix().get().applicability() == Applicability.UNSAFE) {
            unsafe++;
          }
        }
      }
    }
    return new Summary(run.results().size(), total, by, suppressed, safe, unsafe);
  }

  public String line() {
    String files = this.files + (this.files == 1 ? " file" : " files");
    if (findings == 0) {
      return "No problems found in " + files + (suppressed > 0 ? " (" + suppressed + " suppressed)" : "") + ".";
    }
    StringBuilder sb = new StringBuilder();
    sb.append("Found ").append(findings).append(findings == 1 ? " problem" : " problems").append(" (");
    boolean first = true;
    for (Severity s : Severity.values()) {
      int n = bySeverity.getOrDefault(s, 0);
      if (n == 0) {
        continue;
      }
      sb.append(first ? "" : ", ").append(n).append(' ').append(plural(s, n));
      first = false;
    }
    sb.append(") in ").append(files);
    if (suppressed > 0) {
      sb.append(", ").append(suppressed).append(" suppressed");
    }
    sb.append('.');
    if (safeFixes > 0) {
      sb.append(' ').append(safeFixes).append(" fixable with --fix");
      if (unsafeFixes > 0) {
        sb.append(" (").append(unsafeFixes).append(" more with --unsafe-fixes)");
      }
      sb.append('.');
    } else if (unsafeFixes > 0) {
      sb.append(' ').append(unsafeFixes).append(" fixable with --fix --unsafe-fixes.");
    }
    return sb.toString();
  }

  private static String plural(Severity s, int n) {
    return switch (s) {
      case ERROR -> n == 1 ? "error" : "errors";
      case WARNING -> n == 1 ? "warning" : "warnings";
      case INFO -> "info";
      case STYLE -> "style";
    };
  }
}
