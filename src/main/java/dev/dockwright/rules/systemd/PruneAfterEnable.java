package dev.dockwright.rules.systemd;

import dev.dockwright.ast.Instruction;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.RelatedLocation;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.rules.edit.Edits;
import dev.dockwright.semantic.SystemdUnits;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

@RuleInfo(
    id = "DW2015",
    name = "prune-after-enable",
    summary = "Emptying `/etc/systemd/system/*.wants` after `systemctl enable` silently disables the unit",
    severity = Severity.ERROR,
    category = Category.SYSTEMD,
    fix = FixAvailability.ALWAYS,
    fixSafety = {Applicability.SAFE, Applicability.DISPLAY_ONLY})
public final class PruneAfterEnable implements Rule {
  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.targets(context)) {
      List<SystemdUnits.Operation> ops = t.state().operations();
      for (int j = 0; j < ops.size(); j++) {
        if (!(ops.get(j) instanceof SystemdUnits.Prune prune)) {
          continue;
        }
        List<SystemdUnits.Enable> undone = new ArrayList<>();
        for (int i = 0; i < j; i++) {
          if (ops.get(i) instanceof SystemdUnits.Enable e && prune.removes(linkDirectory(e.unit()), e.unit())
              && !enabledAgain(ops, j, e.unit()) && undone.stream().noneMatch(u -> u.unit().equals(e.unit()))) {
            undone.add(e);
          }
        }
        if (undone.isEmpty() || !once.first(prune.range())) {
          continue;
        }
        SystemdUnits.Enable first = undone.get(0);
        String units = undone.stream().map(e -> "`" + e.unit() + "`").collect(Collectors.joining(", "));
        // Joined into the pruning RUN only: a RUN of its own in the middle of the stage could sit right before
        // another RUN (consecutive-run-instructions), and a pruning in a script that does not parse is a guess.
        Fix fix = prune.instruction() instanceof Instruction.Run run && t.stage().instructions().contains(run)
            && Edits.joins(context.model(), run)
            ? Fix.safe("Enable " + units + " again after the pruning", Edits.runAfter(context, run, "systemctl enable "
                + undone.stream().map(SystemdUnits.Enable::unit).collect(Collectors.joining(" "))))
            : Fix.displayOnly("Move the pruning before `systemctl enable`");
        context.report(prune.range(), "this removes the links `systemctl enable` made on line "
            + first.range().startLine() + ", so " + units + (undone.size() == 1 ? " never starts" : " never start")
            + ": prune before enabling, or enable again after it", fix,
            undone.stream().map(e -> new RelatedLocation(e.range(), "`" + e.unit() + "` enabled here")).toList());
      }
    }
  }

  /** Where {@code systemctl enable} puts the link: the usual {@code WantedBy=} of the unit type. */
  private static String linkDirectory(String unit) {
    String target = unit.endsWith(".socket") ? "sockets.target" : unit.endsWith(".timer") ? "timers.target"
        : unit.endsWith(".path") ? "paths.target" : "multi-user.target";
    return SystemdUnits.ADMIN_UNIT_DIR + "/" + target + ".wants";
  }

  private static boolean enabledAgain(List<SystemdUnits.Operation> ops, int after, String unit) {
    for (int k = after + 1; k < ops.size(); k++) {
      if (ops.get(k) instanceof SystemdUnits.Enable e && e.unit().equals(unit)) {
        return true;
      }
    }
    return false;
  }
}
