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
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.RmTarget;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "DW2017",
    name = "pruned-user-sessions",
    summary = "Emptying `multi-user.target.wants` removes `systemd-user-sessions.service`: non-root logins fail",
    severity = Severity.WARNING,
    category = Category.SYSTEMD,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.SAFE)
public final class PrunedUserSessions implements Rule {
  static final String UNIT = "systemd-user-sessions.service";
  private static final String MULTI_USER = SystemdUnits.UNIT_DIR + "/multi-user.target.wants";
  private static final Set<String> RM_FLAGS = Set.of("-f", "-r", "-R", "--force", "--recursive");

  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.targets(context)) {
      List<SystemdUnits.Operation> ops = t.state().operations();
      for (int i = 0; i < ops.size(); i++) {
        if (!(ops.get(i) instanceof SystemdUnits.Prune p) || !p.removes(MULTI_USER, UNIT) || enabledAfter(ops, i)
            || !once.first(p.range())) {
          continue;
        }
        String message = "this empties `multi-user.target.wants`, `" + UNIT + "` included: `/run/nologin` is then"
            + " never removed and non-root logins (ssh, su) are refused; keep it";
        Optional<Edit> edit = keepUserSessions(p);
        if (edit.isPresent()) {
          context.report(p.range(), message, Fix.safe("Keep `" + UNIT + "`", edit.get()));
        } else {
          context.report(p.range(), message);
        }
      }
    }
  }

  private static boolean enabledAfter(List<SystemdUnits.Operation> ops, int index) {
    return ops.subList(index + 1, ops.size()).stream().anyMatch(o -> o instanceof SystemdUnits.Enable e
        && e.unit().equals(UNIT));
  }

  /** {@code rm -f <dir>/*} becomes the classic loop that spares the unit. */
  private static Optional<Edit> keepUserSessions(SystemdUnits.Prune p) {
    if (p.kind() != SystemdUnits.PruneKind.RM || p.command().isEmpty()) {
      return Optional.empty();
    }
    Invocation rm = p.command().get();
    if (!rm.script().parsedCleanly()) {
      return Optional.empty(); // where a script does not parse, the command's end is a guess
    }
    List<RmTarget> targets = rm.positionals().stream().map(w -> new RmTarget(w, w.literalValue(), w.hasGlob()))
        .toList();
    if (!rm.wrappers().isEmpty() || targets.size() != 1 || !targets.get(0).hasGlob()
        || rm.options().stream().anyMatch(o -> !RM_FLAGS.contains(o.flag()))) {
      return Optional.empty();
    }
    String path = targets.get(0).path().orElse("");
    if (!path.startsWith("/") || !path.endsWith("/*")) {
      return Optional.empty();
    }
    String dir = path.substring(0, path.length() - 1);
    return Optional.of(Edit.replace(rm.range(), "(cd " + dir + " && for i in *; do [ \"$i\" = " + UNIT
        + " ] || rm -f \"$i\"; done)"));
  }
}
