package dev.dockwright.rules.run;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Word;
import java.util.List;

@RuleInfo(
    id = "DW4031",
    name = "bin-sh-replaced-by-link",
    summary = "`ln` over `/bin/sh` changes the shell behind Docker's back; use `SHELL`",
    severity = Severity.WARNING,
    category = Category.SHELL,
    aliases = {"DL4005"})
public final class BinShReplacedByLink implements Rule {
  @Override
  public void check(RuleContext context) {
    for (RunScripts.RunScript s : RunScripts.all(context)) {
      for (Invocation ln : s.script().invocationsOf("ln")) {
        List<Word> operands = ln.positionals();
        boolean intoBin = ln.option("-t", "--target-directory").flatMap(o -> o.value())
            .map(d -> d.equals("/bin") || d.equals("/bin/")).orElse(false)
            && operands.stream().anyMatch(w -> w.literalValue().map(v -> v.endsWith("/sh") || v.equals("sh"))
                .orElse(false));
        boolean linkIsBinSh = operands.size() >= 2 && operands.get(operands.size() - 1).isLiteral("/bin/sh");
        if (linkIsBinSh || intoBin) {
          context.report(ln.range(), "`ln` replaces `/bin/sh`: set the shell for the following instructions with "
              + "`SHELL [\"/bin/bash\", \"-c\"]` instead");
        } else if (context.settings().hadolintCompat() && operands.stream().anyMatch(w -> w.isLiteral("/bin/sh"))) {
          context.report(ln.range(), "`ln` names `/bin/sh`: hadolint's DL4005 asks for `SHELL` instead"
              + " (compat: hadolint)");
        }
      }
    }
  }
}
