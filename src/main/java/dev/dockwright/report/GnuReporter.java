package dev.dockwright.report;

import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code path:line:col: severity: message [ID]} — the shape Emacs compilation mode, Vim's quickfix list and
 * IDE external-tool output filters parse.
 */
public final class GnuReporter implements Reporter {
  @Override
  public void write(LintRun run, Writer out) throws IOException {
    for (FileResult r : run.results()) {
      for (Finding f : r.findings()) {
        if (f.suppressed()) {
          continue;
        }
        out.write(f.path() + ":" + f.range().startLine() + ":" + f.range().startColumn() + ": "
            + f.severity().label() + ": " + f.message() + " [" + f.rule().id() + "]\n");
      }
    }
    for (LintRun.Notification n : run.notifications()) {
      out.write(n.path() + ": error: " + n.message() + "\n");
    }
    out.flush();
  }
}
