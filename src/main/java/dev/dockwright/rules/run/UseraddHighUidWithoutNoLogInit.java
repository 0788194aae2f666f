package dev.dockwright.rules.run;

import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Option;
import java.util.Optional;

@RuleInfo(
    id = "DW4025",
    name = "useradd-high-uid-without-no-log-init",
    summary = "`useradd` with a high UID and without `-l` writes a huge sparse `/var/log/lastlog`",
    severity = Severity.WARNING,
    category = Category.SHELL,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.SAFE,
    aliases = {"DL3046"})
public final class UseraddHighUidWithoutNoLogInit implements Rule {
  @Override
  public void check(RuleContext context) {
    for (RunScripts.RunScript s : RunScripts.all(context)) {
      for (Invocation useradd : s.script().invocationsOf("useradd")) {
        Optional<Option> uid = useradd.option("-u", "--uid");
        if (uid.isEmpty() || useradd.hasOption("-l", "--no-log-init")
            || !uid.get().value().map(v -> v.matches("\\d{6,}")).orElse(false)) {
          continue;
        }
        String message = "`useradd -u " + uid.get().value().get() + "` without `-l` adds the UID to "
            + "`/var/log/lastlog` and `faillog`, sparse files the layer stores at full size: add `-l`";
        var range = uid.get().valueWord().map(w -> w.range()).orElse(uid.get().range());
        if (s.isExecForm()) {
          context.report(range, message);
        } else {
          context.report(range, message, Fix.safe("Add `-l`",
              Edit.insert(useradd.commandWord().range().endOffset(), " -l")));
        }
      }
    }
  }
}
