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

@RuleInfo(
    id = "DW3034",
    name = "expose-invalid-format",
    summary = "EXPOSE takes container ports only, not an IP address or a host port mapping",
    severity = Severity.WARNING,
    category = Category.INSTRUCTIONS,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.SAFE,
    aliases = {"ExposeInvalidFormat"})
public final class ExposeInvalidFormat extends InstructionRule<Instruction.Expose> {
  public ExposeInvalidFormat() {
    super(Instruction.Expose.class);
  }

  @Override
  protected void check(Instruction.Expose expose, RuleContext context) {
    for (Token port : expose.ports()) {
      boolean verbatim = Words.isVerbatim(port.text(), context.ast().escape());
      String word = verbatim ? port.text() : context.model().expand(expose, port.text()).knownValue().orElse("");
      PortSpec spec = PortSpec.parse(word);
      if (word.isEmpty() || !spec.hasMapping()) {
        continue;
      }
      String what = spec.ip().isEmpty() ? "a host port mapping" : "an IP address";
      String message = "`" + word + "` has " + what + ": EXPOSE only documents the container port, and the mapping"
          + " is ignored; write `" + spec.exposed() + "` and map ports with `docker run -p`";
      if (verbatim) {
        context.report(port.range(), message,
            Fix.safe("Write `" + spec.exposed() + "`", Edit.replace(port.range(), spec.exposed())));
      } else {
        context.report(port.range(), message);
      }
    }
  }
}
