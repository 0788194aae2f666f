package dev.dockwright.rules.run;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.shell.Invocation;
import java.util.Map;

@RuleInfo(
    id = "DW4000",
    name = "pointless-command-in-container",
    summary = "A command such as `ssh`, `vim`, `service` or `ps` makes no sense in a `RUN`",
    severity = Severity.INFO,
    category = Category.SHELL,
    aliases = {"DL3001"})
public final class PointlessCommandInContainer implements Rule {
  private static final Map<String, String> WHY = Map.ofEntries(
      Map.entry("ssh", "opens a session on another machine, which a build cannot answer"),
      Map.entry("vim", "is an interactive editor and a build has no terminal"),
      Map.entry("shutdown", "stops a machine, and a build container has no init to stop"),
      Map.entry("service", "starts a service that is gone when the `RUN` ends"),
      Map.entry("ps", "shows the processes of a build container that is thrown away"),
      Map.entry("top", "is interactive and shows a build container that is thrown away"),
      Map.entry("free", "shows the memory of a build container that is thrown away"),
      Map.entry("kill", "signals processes of a build container that is thrown away"),
      Map.entry("mount", "needs privileges a build does not have: use `RUN --mount`"),
      Map.entry("ifconfig", "configures the network of a build container that is thrown away"));

  @Override
  public void check(RuleContext context) {
    for (RunScripts.RunScript s : RunScripts.all(context)) {
      for (Invocation inv : s.script().invocations()) {
        String why = WHY.get(inv.name());
        if (why != null) {
          context.report(inv.commandWord().range(), "`" + inv.name() + "` makes no sense in a `RUN`: it " + why);
        }
      }
    }
  }
}
