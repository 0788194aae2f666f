package dev.dockwright.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.Finding;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * GitLab Code Quality (a subset of the Code Climate issue format): a JSON array with one issue per active
 * finding. {@code fingerprint} hashes the file path with the finding's line-independent fingerprint, so an
 * issue keeps its identity when lines move and merge requests show only what really changed. Paths are
 * relative to the working directory (the repository root in a GitLab job); a file outside it keeps its absolute
 * path, which GitLab cannot link.
 */
public final class GitlabReporter implements Reporter {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void write(LintRun run, Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.setPrettyPrinter(JsonStyle.printer());
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.writeStartArray();
    for (FileResult r : run.results()) {
      String path = ReportPaths.repositoryPath(run.workingDirectory(), r.path());
      List<String> fingerprints = FindingFingerprints.of(r);
      for (int i = 0; i < r.findings().size(); i++) {
        Finding f = r.findings().get(i);
        if (f.suppressed()) {
          continue;
        }
        issue(g, f.rule().id(), f.message() + " [" + f.rule().id() + " " + f.rule().name() + "]",
            category(f.rule().category()), severity(f.severity()),
            FindingFingerprints.withPath(path, fingerprints.get(i)), path, f.range().startLine(),
            Math.max(f.range().startLine(), f.range().endLine() - (f.range().endColumn() == 1
                && f.range().endLine() > f.range().startLine() ? 1 : 0)));
      }
    }
    for (LintRun.Notification n : run.notifications()) {
      String path = ReportPaths.repositoryPath(run.workingDirectory(), n.path());
      issue(g, "unreadable-file", n.message(), "Bug Risk", "blocker",
          FindingFingerprints.withPath(path, "unreadable-file"), path, 1, 1);
    }
    g.writeEndArray();
    g.writeRaw('\n');
    g.flush();
  }

  private static void issue(JsonGenerator g, String check, String description, String category, String severity,
      String fingerprint, String path, int begin, int end) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", "issue");
    g.writeStringField("check_name", check);
    g.writeStringField("description", description);
    g.writeArrayFieldStart("categories");
    g.writeString(category);
    g.writeEndArray();
    g.writeStringField("severity", severity);
    g.writeStringField("fingerprint", fingerprint);
    g.writeObjectFieldStart("location");
    g.writeStringField("path", path);
    g.writeObjectFieldStart("lines");
    g.writeNumberField("begin", begin);
    g.writeNumberField("end", end);
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** GitLab's levels: info, minor, major, critical, blocker. A build-breaking error is critical. */
  static String severity(Severity s) {
    return switch (s) {
      case ERROR -> "critical";
      case WARNING -> "major";
      case INFO -> "minor";
      case STYLE -> "info";
    };
  }

  /** Code Climate's categories, which GitLab passes through. */
  static String category(Category c) {
    return switch (c) {
      case SECURITY -> "Security";
      case STYLE -> "Style";
      case BASE_IMAGE, PACKAGES -> "Compatibility";
      case SYNTAX, SYSTEMD, STAGES, SHELL -> "Bug Risk";
      default -> "Clarity";
    };
  }
}
