package dev.dockwright.rules.run;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.shell.Command;
import dev.dockwright.shell.Pipeline;
import dev.dockwright.shell.SimpleCommand;
import java.util.List;

@RuleInfo(
    id = "DW4032",
    name = "pipe-without-pipefail",
    summary = "A pipe in a `RUN` without `pipefail` hides the failure of every command but the last",
    severity = Severity.WARNING,
    category = Category.SHELL,
    aliases = {"DL4006"})
public final class PipeWithoutPipefail implements Rule {
  @Override
  public void check(RuleContext context) {
    for (RunScripts.RunScript s : RunScripts.all(context)) {
      if (s.isExecForm()) {
        continue;
      }
      boolean initiallyOn = s.interpreter().startsWithPipefail();
      List<Pipeline> unprotected = s.script().pipelines().stream()
          .filter(p -> !s.script().pipefailActiveAt(p.range(), initiallyOn))
          .toList();
      if (unprotected.isEmpty()) {
        continue;
      }
      Pipeline p = unprotected.get(0);
      String more = unprotected.size() > 1 ? " (and " + (unprotected.size() - 1) + " more pipe"
          + (unprotected.size() > 2 ? "s" : "") + " in this script)" : "";
      context.report(p.operators().get(0).range(), "if `" + name(p.commands().get(0)) + "` fails, the `RUN` "
          + "still succeeds because only `" + name(p.commands().get(p.commands().size() - 1)) + "` counts: run "
          + "`set -o pipefail` first, or use `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]`" + more);
    }
  }

  private static String name(Command c) {
    if (c instanceof SimpleCommand simple && !simple.words().isEmpty()) {
      return simple.words().get(0).literalValue().orElse(simple.words().get(0).raw());
    }
    return "the command";
  }
}
