package dev.dockwright.rules.systemd;

import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.SystemdUnits;
import dev.dockwright.shell.RmInvocation;
import dev.dockwright.shell.RmTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "DW2019",
    name = "unit-files-deleted",
    summary = "Deleting unit files breaks dependencies and is undone by updates: mask the units",
    severity = Severity.WARNING,
    category = Category.SYSTEMD,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.UNSAFE)
public final class UnitFilesDeleted implements Rule {
  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.targets(context)) {
      List<SystemdUnits.Operation> ops = t.state().operations();
      for (SystemdUnits.Operation op : ops) {
        if (!(op instanceof SystemdUnits.UnitFileDeletion d) || !once.first(d.range())) {
          continue;
        }
        String what = d.target().hasGlob() ? "unit files (`" + d.path() + "`)" : "the unit file `" + d.unitName() + "`";
        String message = "this deletes " + what + ": units that depend on it fail, and the next update of its"
            + " package brings it back; mask it with `systemctl mask` instead";
        Optional<String> mask = maskCommand(d.rm(), ops);
        if (mask.isPresent()) {
          context.report(d.range(), message, Fix.unsafe("Mask instead of deleting",
              Edit.replace(d.rm().invocation().range(), mask.get())));
        } else {
          context.report(d.range(), message);
        }
      }
    }
  }

  /** {@code systemctl mask a b} when every operand of the rm is a literal unit file. */
  private static Optional<String> maskCommand(RmInvocation rm, List<SystemdUnits.Operation> ops) {
    if (!rm.invocation().wrappers().isEmpty()) {
      return Optional.empty();
    }
    List<String> units = new ArrayList<>();
    for (RmTarget target : rm.targets()) {
      Optional<SystemdUnits.UnitFileDeletion> d = ops.stream().filter(o -> o instanceof SystemdUnits.UnitFileDeletion u
          && u.target().word() == target.word()).map(o -> (SystemdUnits.UnitFileDeletion) o).findFirst();
      if (d.isEmpty() || target.hasGlob()) {
        return Optional.empty();
      }
      units.add(d.get().unitName());
    }
    return Optional.of("systemctl mask " + String.join(" ", units));
  }
}
