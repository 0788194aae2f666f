package dev.dockwright.lsp;

import dev.dockwright.engine.Finding;
import dev.dockwright.engine.RulePages;
import dev.dockwright.rule.RelatedLocation;
import dev.dockwright.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Findings as LSP diagnostics: code is the rule id, the description links to the rule page. */
final class Diagnostics {
  static final String SOURCE = "dockwright";

  private Diagnostics() {}

  static PublishDiagnosticsParams publish(Analysis analysis) {
    List<Diagnostic> out = new ArrayList<>();
    for (Finding f : analysis.findings()) {
      out.add(of(analysis, f));
    }
    return new PublishDiagnosticsParams(analysis.uri(), out, analysis.version());
  }

  static Diagnostic of(Analysis analysis, Finding f) {
    Diagnostic d = new Diagnostic(analysis.range(f.range()), f.message(), severity(f.severity()), SOURCE);
    d.setCode(Either.forLeft(f.rule().id()));
    d.setCodeDescription(new DiagnosticCodeDescription(RulePages.helpUri(f.rule())));
    if (!f.related().isEmpty()) {
      List<DiagnosticRelatedInformation> related = new ArrayList<>();
      for (RelatedLocation r : f.related()) {
        related.add(new DiagnosticRelatedInformation(new Location(analysis.uri(), analysis.range(r.range())),
            r.message()));
      }
      d.setRelatedInformation(related);
    }
    return d;
  }

  static DiagnosticSeverity severity(Severity s) {
    return switch (s) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
      case STYLE -> DiagnosticSeverity.Hint;
    };
  }

  /** Whether a diagnostic the client sent back describes this finding. */
  static boolean describes(Diagnostic d, Analysis analysis, Finding f) {
    return d != null && d.getCode() != null && d.getCode().isLeft() && f.rule().id().equals(d.getCode().getLeft())
        && analysis.range(f.range()).equals(d.getRange());
  }
}
