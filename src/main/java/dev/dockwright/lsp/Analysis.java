package dev.dockwright.lsp;

import dev.dockwright.ast.SourceRange;
import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.Finding;
import dev.dockwright.engine.Linter;
import java.util.List;
import org.eclipse.lsp4j.Range;

/**
 * One version of a document linted. The engine works on the text without a leading byte-order mark, so
 * its offsets are shifted by {@code bomShift} to address the client's text.
 */
record Analysis(String uri, int version, String text, LineMap lines, Linter linter, FileResult result) {

  int bomShift() {
    return text.startsWith("\uFEFF") ? 1 : 0;
  }

  /** The text the engine sees (no byte-order mark). */
  String engineText() {
    return text.substring(bomShift());
  }

  List<Finding> findings() {
    return result.activeFindings();
  }

  Range range(SourceRange r) {
    return lines.range(r.startOffset() + bomShift(), r.endOffset() + bomShift());
  }

  Range range(int engineStart, int engineEnd) {
    return lines.range(engineStart + bomShift(), engineEnd + bomShift());
  }

  /** The engine offset of a client position. */
  int engineOffset(org.eclipse.lsp4j.Position p) {
    return Math.max(0, lines.offset(p) - bomShift());
  }
}
