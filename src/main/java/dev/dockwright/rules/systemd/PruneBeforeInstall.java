package dev.dockwright.rules.systemd;

import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.RelatedLocation;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.SystemdUnits;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageOperation;
import dev.dockwright.shell.PackageVerb;
import java.util.List;
import java.util.Set;

@RuleInfo(
    id = "DW2016",
    name = "prune-before-install",
    summary = "Packages installed after the unit-link pruning bring the links back",
    severity = Severity.WARNING,
    category = Category.SYSTEMD,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.DISPLAY_ONLY)
public final class PruneBeforeInstall implements Rule {
  private static final Set<PackageManager> SYSTEM = Set.of(PackageManager.APT_GET, PackageManager.APT,
      PackageManager.APTITUDE, PackageManager.YUM, PackageManager.DNF, PackageManager.MICRODNF, PackageManager.ZYPPER);
  private static final Set<PackageVerb> ADDS = Set.of(PackageVerb.INSTALL, PackageVerb.UPGRADE, PackageVerb.SWAP);

  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.targets(context)) {
      // Only the stage's own steps: installing on top of a pruned base image is how derived images work.
      List<SystemdUnits.Operation> ops = t.state().operationsOf(t.stage());
      SystemdUnits.Prune prune = null;
      for (SystemdUnits.Operation op : ops) {
        if (op instanceof SystemdUnits.Prune p && prune == null) {
          prune = p;
        }
        if (prune == null || !(op instanceof SystemdUnits.PackageChange pc)) {
          continue;
        }
        PackageOperation pkg = pc.operation();
        if (!SYSTEM.contains(pkg.manager()) || !ADDS.contains(pkg.verb())) {
          continue;
        }
        var at = pkg.verbWord().map(w -> w.range()).orElse(pkg.range());
        if (!once.first(at)) {
          continue;
        }
        String command = "`" + pkg.invocation().name() + " " + pkg.rawVerb() + "`";
        context.report(at, command + " after the unit-link pruning on line " + prune.range().startLine()
            + " can bring back the links it removed (packages ship and preset `.wants` links): prune after the last"
            + " install", Fix.displayOnly("Move the pruning after the last install"),
            List.of(new RelatedLocation(prune.range(), "pruned here")));
      }
    }
  }
}
