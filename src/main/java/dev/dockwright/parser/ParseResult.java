package dev.dockwright.parser;

import dev.dockwright.ast.Dockerfile;
import java.util.List;

/** The AST of a file (always present, even for broken input) and the syntax diagnostics found. */
public record ParseResult(Dockerfile ast, List<SyntaxDiagnostic> diagnostics) {
  public ParseResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.level() == SyntaxDiagnostic.Level.ERROR);
  }
}
