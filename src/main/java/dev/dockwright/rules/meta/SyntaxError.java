package dev.dockwright.rules.meta;

import dev.dockwright.parser.SyntaxDiagnostic;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;

@RuleInfo(
    id = "DW1000",
    name = "syntax-error",
    summary = "The Dockerfile has a syntax error that Docker rejects",
    severity = Severity.ERROR,
    category = Category.SYNTAX,
    aliases = {"DL1000"})
public final class SyntaxError implements Rule {
  @Override
  public void check(RuleContext context) {
    for (SyntaxDiagnostic d : context.syntaxDiagnostics()) {
      if (d.level() == SyntaxDiagnostic.Level.ERROR) {
        context.report(d.range(), d.message());
      }
    }
  }
}
