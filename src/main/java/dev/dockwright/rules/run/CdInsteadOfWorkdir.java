package dev.dockwright.rules.run;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.shell.Invocation;

@RuleInfo(
    id = "DW4001",
    name = "cd-instead-of-workdir",
    summary = "`cd` in a `RUN` changes the directory for that command only; use `WORKDIR`",
    severity = Severity.WARNING,
    category = Category.SHELL,
    aliases = {"DL3003"})
public final class CdInsteadOfWorkdir implements Rule {
  @Override
  public void check(RuleContext context) {
    for (RunScripts.RunScript s : RunScripts.all(context)) {
      for (Invocation cd : s.script().cdInvocations()) {
        // (cd dir && make) and $(cd dir && pwd) change directory on purpose for a moment only
        if (s.script().runsInChildShell(cd)) {
          continue;
        }
        String dir = cd.positionals().isEmpty() ? "<dir>" : cd.positionals().get(0).raw();
        context.report(cd.range(), "`cd` lasts only until the end of this `RUN`: use `WORKDIR " + dir
            + "` to set the directory for the instructions that follow");
      }
    }
  }
}
