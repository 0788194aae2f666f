package dev.dockwright.report;

import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.SourceText;
import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.Finding;
import dev.dockwright.engine.RuleDescriptor;
import dev.dockwright.fix.Applicability;
import dev.dockwright.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The human format: {@code path:line:col: severity [ID name] message}, a code frame with a caret under the
 * range, the fix title, and a summary line. Colour only when asked (a terminal without NO_COLOR).
 */
public final class TtyReporter implements Reporter {
  private final boolean color;
  private final boolean quiet;
  private final boolean statistics;

  public TtyReporter(boolean color, boolean quiet, boolean statistics) {
    this.color = color;
    this.quiet = quiet;
    this.statistics = statistics;
  }

  private String paint(String code, String text) {
    return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }

  private String severityColor(Severity s) {
    return switch (s) {
      case ERROR -> "1;31";
      case WARNING -> "1;33";
      case INFO -> "1;34";
      case STYLE -> "1;36";
    };
  }

  @Override
  public void write(LintRun run, Writer out) throws IOException {
    Map<RuleDescriptor, Integer> counts = new TreeMap<>((a, b) -> a.id().compareTo(b.id()));
    for (FileResult r : run.results()) {
      SourceText src = r.parse().ast().source();
      for (Finding f : r.findings()) {
        if (f.suppressed()) {
          continue;
        }
        counts.merge(f.rule(), 1, Integer::sum);
        SourceRange range = f.range();
        out.write(paint("1", f.path() + ":" + range.startLine() + ":" + range.startColumn() + ":") + " "
            + paint(severityColor(f.severity()), f.severity().label()) + " "
            + paint("2", "[" + f.rule().id() + " " + f.rule().name() + "]") + " " + f.message() + "\n");
        if (!quiet) {
          frame(out, src, range);
          if (f.fix().isPresent()) {
            Applicability a = f.fix().get().applicability();
            String kind = switch (a) {
              case SAFE -> "fix";
              case UNSAFE -> "unsafe fix";
              case DISPLAY_ONLY -> "suggestion";
            };
            out.write("      " + paint("32", "= " + kind + ": " + f.fix().get().title()) + "\n");
          }
        }
      }
    }
    for (LintRun.Notification n : run.notifications()) {
      out.write(paint("1", n.path() + ":") + " " + paint("1;31", "error") + " " + n.message() + "\n");
    }
    if (statistics && !counts.isEmpty()) {
      out.write("\n");
      for (Map.Entry<RuleDescriptor, Integer> e : counts.entrySet()) {
        out.write(String.format(Locale.ROOT, "%6d  %s %s (%s)%n", e.getValue(), e.getKey().id(), e.getKey().name(),
            e.getKey().severity().label()));
      }
    }
    if (!quiet) {
      Summary s = Summary.of(run);
      if (s.findings() > 0 || !run.notifications().isEmpty()) {
        out.write("\n");
      }
      out.write(s.line() + "\n");
    }
    out.flush();
  }

  private void frame(Writer out, SourceText src, SourceRange range) throws IOException {
    int lineNo = range.startLine();
    if (lineNo > src.lineCount() || src.length() == 0) {
      return;
    }
    String line = src.lineText(lineNo);
    if (line.length() > 400) {
      line = line.substring(0, 400);
    }
    String gutter = String.valueOf(lineNo);
    String pad = " ".repeat(gutter.length());
    out.write(" " + paint("34", gutter + " |") + " " + line.replace("\r", "") + "\n");
    int startCol = Math.min(range.startColumn(), line.length() + 1);
    int endCol = range.endLine() == lineNo ? range.endColumn() : line.length() + 1;
    endCol = Math.min(Math.max(endCol, startCol + 1), Math.max(line.length() + 1, startCol + 1));
    StringBuilder marker = new StringBuilder();
    for (int i = 1; i < startCol; i++) {
      marker.append(i - 1 < line.length() && line.charAt(i - 1) == '\t' ? '\t' : ' ');
    }
    marker.append("^".repeat(Math.max(1, endCol - startCol)));
    out.write(" " + paint("34", pad + " |") + " " + paint("1;31", marker.toString()) + "\n");
  }
}
