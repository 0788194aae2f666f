package dev.dockwright.rules.run;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.shell.Invocation;

@RuleInfo(
    id = "DW4026",
    name = "wget-without-progress-setting",
    summary = "`wget` without `--progress`, `-q` or `-nv` fills the build log with progress bars",
    severity = Severity.INFO,
    category = Category.SHELL,
    aliases = {"DL3047"})
public final class WgetWithoutProgressSetting implements Rule {
  @Override
  public void check(RuleContext context) {
    for (RunScripts.RunScript s : RunScripts.all(context)) {
      for (Invocation wget : s.script().invocationsOf("wget")) {
        boolean quiet = wget.hasOption("--progress", "-q", "--quiet", "--no-verbose", "-o", "--output-file", "-a",
            "--append-output") || wget.args().stream().anyMatch(w -> w.isLiteral("-nv"));
        if (!quiet) {
          context.report(wget.commandWord().range(), "`wget` prints a progress bar line for every few kilobytes "
              + "in a build log: add `--progress=dot:giga`, or `-nv` / `-q`");
        }
      }
    }
  }
}
