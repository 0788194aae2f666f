package dev.dockwright.report;

import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.Finding;
import dev.dockwright.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checkstyle XML, which Jenkins (warnings-ng), reviewdog, SonarQube importers and many CI plugins read:
 * one {@code <file>} per linted file (clean files too, as Checkstyle writes them), one {@code <error>} per
 * finding with {@code source="dockwright.<ID>"}. Suppressed findings are left out; a file that could not be
 * read gets an error with {@code source="dockwright"}.
 */
public final class CheckstyleReporter implements Reporter {
  @Override
  public void write(LintRun run, Writer out) throws IOException {
    Map<String, List<String>> files = new TreeMap<>();
    for (FileResult r : run.results()) {
      List<String> errors = files.computeIfAbsent(r.path(), p -> new ArrayList<>());
      for (Finding f : r.activeFindings()) {
        errors.add(error(f.range().startLine(), f.range().startColumn(), severity(f.severity()), f.message(),
            "dockwright." + f.rule().id()));
      }
    }
    for (LintRun.Notification n : run.notifications()) {
      files.computeIfAbsent(n.path(), p -> new ArrayList<>()).add(error(1, 1, "error", n.message(), "dockwright"));
    }
    out.write(Xml.DECLARATION);
    out.write("<checkstyle version=\"4.3\">\n");
    for (Map.Entry<String, List<String>> e : files.entrySet()) {
      if (e.getValue().isEmpty()) {
        out.write("  <file name=\"" + Xml.attr(e.getKey()) + "\"/>\n");
        continue;
      }
      out.write("  <file name=\"" + Xml.attr(e.getKey()) + "\">\n");
      for (String error : e.getValue()) {
        out.write(error);
      }
      out.write("  </file>\n");
    }
    out.write("</checkstyle>\n");
    out.flush();
  }

  private static String error(int line, int column, String severity, String message, String source) {
    return "    <error line=\"" + line + "\" column=\"" + column + "\" severity=\"" + severity + "\" message=\""
        + Xml.attr(message) + "\" source=\"" + Xml.attr(source) + "\"/>\n";
  }

  /** Checkstyle's levels are error, warning, info and ignore. */
  static String severity(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO, STYLE -> "info";
    };
  }
}
