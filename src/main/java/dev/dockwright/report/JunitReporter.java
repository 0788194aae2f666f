package dev.dockwright.report;

import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.Finding;
import dev.dockwright.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * JUnit XML for CI test-report views (GitLab's test report, Jenkins' JUnit publisher): one test suite for
 * the run, one test case per file, named by its path so each file keeps its history across builds. A file
 * fails when it has a finding at or above the failure threshold; its single {@code <failure>} lists every
 * finding, one per line, because these readers show only the first failure element of a test case. Findings
 * below the threshold go to the test case's {@code <system-out>}. A file that could not be read is an
 * {@code <error>}. No timestamps or durations, so the report is reproducible.
 */
public final class JunitReporter implements Reporter {
  private static final String SUITE = "dockwright";

  private record TestCase(String name, String body) {}

  @Override
  public void write(LintRun run, Writer out) throws IOException {
    List<TestCase> cases = new ArrayList<>();
    int failures = 0;
    for (FileResult r : run.results()) {
      List<Finding> active = r.activeFindings();
      List<Finding> failing = active.stream().filter(f -> fails(run, f.severity())).toList();
      StringBuilder body = new StringBuilder();
      if (!failing.isEmpty()) {
        failures++;
        Finding first = failing.get(0);
        Severity worst = failing.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
        String message = failing.size() == 1 ? describe(first)
            : failing.size() + " problems at or above " + run.failureThreshold().label() + "; first: "
                + describe(first);
        body.append("      <failure message=\"").append(Xml.attr(message)).append("\" type=\"")
            .append(worst.label()).append("\">").append(Xml.text(lines(active))).append("</failure>\n");
      } else if (!active.isEmpty()) {
        body.append("      <system-out>").append(Xml.text(lines(active))).append("</system-out>\n");
      }
      cases.add(new TestCase(r.path(), body.toString()));
    }
    for (LintRun.Notification n : run.notifications()) {
      cases.add(new TestCase(n.path(), "      <error message=\"" + Xml.attr(n.message())
          + "\" type=\"unreadable-file\">" + Xml.text(n.path() + ": " + n.message()) + "</error>\n"));
    }
    int errors = run.notifications().size();
    String counts = " tests=\"" + cases.size() + "\" failures=\"" + failures + "\" errors=\"" + errors + "\"";
    out.write(Xml.DECLARATION);
    out.write("<testsuites name=\"" + SUITE + "\"" + counts + " time=\"0\">\n");
    out.write("  <testsuite name=\"" + SUITE + "\"" + counts + " skipped=\"0\" time=\"0\">\n");
    for (TestCase c : cases) {
      String open = "    <testcase name=\"" + Xml.attr(c.name()) + "\" classname=\"" + SUITE + "\" time=\"0\"";
      if (c.body().isEmpty()) {
        out.write(open + "/>\n");
      } else {
        out.write(open + ">\n" + c.body() + "    </testcase>\n");
      }
    }
    out.write("  </testsuite>\n");
    out.write("</testsuites>\n");
    out.flush();
  }

  private static boolean fails(LintRun run, Severity s) {
    return !run.failOnNothing() && s.atLeast(run.failureThreshold());
  }

  private static String describe(Finding f) {
    return f.range().startLine() + ":" + f.range().startColumn() + " [" + f.rule().id() + " " + f.rule().name()
        + "] " + f.message();
  }

  private static String lines(List<Finding> findings) {
    StringBuilder sb = new StringBuilder("\n");
    for (Finding f : findings) {
      sb.append(f.path()).append(':').append(f.range().startLine()).append(':').append(f.range().startColumn())
          .append(": ").append(f.severity().label()).append(" [").append(f.rule().id()).append(' ')
          .append(f.rule().name()).append("] ").append(f.message()).append('\n');
    }
    return sb.toString();
  }
}
