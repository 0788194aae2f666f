package dev.dockwright.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a run in one output format. Implementations are stateless. */
public interface Reporter {
  void write(LintRun run, Writer out) throws IOException;
}
