package dev.dockwright.engine;

import dev.dockwright.parser.ParseResult;
import java.util.List;

/** The findings of one file (sorted by line, column, rule id), suppressed ones included. */
public record FileResult(String path, ParseResult parse, List<Finding> findings) {
  public FileResult {
    findings = List.copyOf(findings);
  }

  public List<Finding> activeFindings() {
    return findings.stream().filter(f -> !f.suppressed()).toList();
  }
}
