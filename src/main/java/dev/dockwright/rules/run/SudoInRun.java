package dev.dockwright.rules.run;

import dev.dockwright.ast.SourceRange;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Wrapper;
import java.util.HashSet;
import java.util.Set;

@RuleInfo(
    id = "DW4002",
    name = "sudo-in-run",
    summary = "`sudo` in a `RUN` behaves unpredictably; switch users with `USER` or `gosu`",
    severity = Severity.ERROR,
    category = Category.SECURITY,
    aliases = {"DL3004"})
public final class SudoInRun implements Rule {
  @Override
  public void check(RuleContext context) {
    Set<Integer> seen = new HashSet<>();
    for (RunScripts.RunScript s : RunScripts.all(context)) {
      for (Invocation inv : s.script().invocations()) {
        for (Wrapper w : inv.wrappers()) {
          if (w.name().equals("sudo")) {
            report(context, w.words().get(0).range(), seen);
          }
        }
        if (inv.name().equals("sudo")) {
          report(context, inv.commandWord().range(), seen);
        }
      }
    }
  }

  private static void report(RuleContext context, SourceRange range, Set<Integer> seen) {
    if (seen.add(range.startOffset())) {
      context.report(range, "`sudo` in a build has unpredictable TTY and signal behaviour and is often not "
          + "installed: `RUN` already runs as the current `USER`; switch with `USER` or use `gosu`");
    }
  }
}
