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
import dev.dockwright.semantic.ImageState;
import dev.dockwright.semantic.SystemdUnits;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageOperation;
import dev.dockwright.shell.PackageVerb;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "DW2025",
    name = "eol-centos-repos",
    summary = "yum/dnf on an end-of-life CentOS base fails: its mirrors are gone",
    severity = Severity.ERROR,
    category = Category.SYSTEMD,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.DISPLAY_ONLY)
public final class EolCentosRepos implements Rule {
  private static final Set<PackageVerb> NETWORK = Set.of(PackageVerb.INSTALL, PackageVerb.UPGRADE,
      PackageVerb.UPDATE, PackageVerb.SWAP);

  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.targets(context)) {
      ImageState state = t.state();
      if (!SystemdPack.eolCentosMirrors(state)) {
        continue;
      }
      Optional<PackageOperation> first = state.operations().stream()
          .filter(o -> o instanceof SystemdUnits.PackageChange).map(o -> ((SystemdUnits.PackageChange) o).operation())
          .filter(p -> (p.manager() == PackageManager.YUM || p.manager() == PackageManager.DNF)
              && NETWORK.contains(p.verb())).findFirst();
      var at = state.base().token().range();
      if (first.isEmpty() || !once.first(at)) {
        continue;
      }
      PackageOperation p = first.get();
      String command = "`" + p.invocation().name() + " " + p.rawVerb() + "`";
      context.report(at, "`" + state.base().name() + "` is end of life and its mirrorlist is gone, so " + command
          + " on line " + p.range().startLine() + " fails on every build: move to a supported base, or point the"
          + " repositories at vault.centos.org", Fix.displayOnly("Move to a supported base or point the repos at"
          + " vault.centos.org"), List.of(new RelatedLocation(p.range(), "needs the network")));
    }
  }
}
