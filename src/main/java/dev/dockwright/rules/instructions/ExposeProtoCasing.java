package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.Token;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.InstructionRule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import java.util.Locale;

@RuleInfo(
    id = "DW3033",
    name = "expose-proto-casing",
    summary = "The protocol of an EXPOSE port should be lowercase",
    severity = Severity.WARNING,
    category = Category.STYLE,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.SAFE,
    aliases = {"ExposeProtoCasing"})
public final class ExposeProtoCasing extends InstructionRule<Instruction.Expose> {
  public ExposeProtoCasing() {
    super(Instruction.Expose.class);
  }

  @Override
  protected void check(Instruction.Expose expose, RuleContext context) {
    for (Token port : expose.ports()) {
      if (!Words.isVerbatim(port.text(), context.ast().escape())) {
        continue;
      }
      PortSpec spec = PortSpec.parse(port.text());
      String lower = spec.proto().toLowerCase(Locale.ROOT);
      if (!lower.equals(spec.proto())) {
        var range = port.subRange(spec.protoSpan().start(), spec.protoSpan().end());
        context.report(range, "protocol `" + spec.proto() + "` should be lowercase: write `" + lower + "`",
            Fix.safe("Write `" + lower + "`", Edit.replace(range, lower)));
      }
    }
  }
}
