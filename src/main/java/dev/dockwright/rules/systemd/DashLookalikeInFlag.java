package dev.dockwright.rules.systemd;

import dev.dockwright.ast.Heredoc;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.Instructions;
import dev.dockwright.ast.LogicalText;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Lookalikes;
import dev.dockwright.semantic.RunNotes;
import dev.dockwright.semantic.Stage;

@RuleInfo(
    id = "DW2023",
    name = "dash-lookalike-in-flag",
    summary = "An en dash, em dash or curly quote where a command needs ASCII: `–privileged` is not a flag",
    severity = Severity.WARNING,
    category = Category.SYSTEMD,
    fix = FixAvailability.ALWAYS,
    fixSafety = {Applicability.SAFE, Applicability.UNSAFE})
public final class DashLookalikeInFlag implements Rule {
  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    // Every instruction, systemd image or not: the copy-paste trap is everywhere.
    for (Instruction i : context.ast().instructions()) {
      scan(context, i.head().line(), once);
      if (Instructions.effective(i) instanceof Instruction.Run run) {
        for (Heredoc h : run.heredocs()) {
          scan(context, h.body(), once);
        }
      }
    }
    for (Stage s : context.model().stages()) {
      for (RunNotes.Note note : RunNotes.of(context.model(), s)) {
        if (note.comment().isPresent()) {
          var r = note.comment().get().range();
          scan(context, LogicalText.of(context.source(), r.startOffset(), r.endOffset()), once);
        }
      }
    }
  }

  private static void scan(RuleContext context, LogicalText text, SystemdPack.Once once) {
    for (Lookalikes.Found f : Lookalikes.find(text)) {
      if (!once.first(f.range())) {
        continue;
      }
      if (f.kind() == Lookalikes.Kind.DASH) {
        context.report(f.wordRange(), "`" + f.word() + "` starts with an " + f.description() + ", not `" + f.ascii()
            + "`: it is silently not a flag", Fix.safe("Write `" + f.ascii() + f.word().substring(
            f.range().length()) + "`", Edit.replace(f.range(), f.ascii())));
      } else {
        // Unsafe: inside an ASCII-quoted string the replacement would end the string.
        context.report(f.range(), "`" + f.word() + "` is a " + f.description() + ", not `" + f.ascii()
            + "`: it is silently not a quote", Fix.unsafe("Write `" + f.ascii() + "`",
            Edit.replace(f.range(), f.ascii())));
      }
    }
  }
}
