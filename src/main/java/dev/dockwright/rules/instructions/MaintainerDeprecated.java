package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Instruction;
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
    id = "DW3000",
    name = "maintainer-deprecated",
    summary = "MAINTAINER is deprecated; use a `maintainer` label",
    severity = Severity.ERROR,
    category = Category.INSTRUCTIONS,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.UNSAFE,
    aliases = {"DL4000", "MaintainerDeprecated"})
public final class MaintainerDeprecated extends InstructionRule<Instruction.Maintainer> {
  public MaintainerDeprecated() {
    super(Instruction.Maintainer.class);
  }

  @Override
  protected void check(Instruction.Maintainer maintainer, RuleContext context) {
    String value = maintainer.value().map(t -> t.text()).orElse("");
    // Inside the quotes, the file's escape character (`\` or a backtick) escapes itself and `"`.
    String escape = String.valueOf(context.ast().escape());
    String label = "LABEL maintainer=\"" + value.replace(escape, escape + escape).replace("\"", escape + "\"") + "\"";
    Fix fix = Fix.unsafe("Replace with `" + label + "`",
        new Edit(maintainer.range().startOffset(), maintainer.range().endOffset(), label));
    context.report(maintainer.keyword().range(),
        "`MAINTAINER` is deprecated: use `" + label + "` instead", fix);
  }
}
