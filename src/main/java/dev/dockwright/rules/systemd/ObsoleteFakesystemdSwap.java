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
import dev.dockwright.semantic.Distro;
import dev.dockwright.semantic.ImageState;
import dev.dockwright.semantic.Stage;
import dev.dockwright.semantic.SystemdUnits;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageOperation;
import dev.dockwright.shell.PackageVerb;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "DW2004",
    name = "obsolete-fakesystemd-swap",
    summary = "The `fakesystemd` swap on a base that already ships systemd does nothing (or fails on dnf)",
    severity = Severity.INFO,
    category = Category.SYSTEMD,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.UNSAFE)
public final class ObsoleteFakesystemdSwap implements Rule {
  private static final List<String> STUBS = List.of("fakesystemd", "systemd-container");

  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    // No gate: a swap of fakesystemd is itself the evidence that the image is meant to run systemd.
    for (Stage stage : context.model().stages()) {
      ImageState state = context.model().imageState(stage);
      if (!state.baseVisible()) {
        continue;
      }
      for (SystemdUnits.Operation op : state.operations()) {
        if (!(op instanceof SystemdUnits.PackageChange pc) || pc.operation().verb() != PackageVerb.SWAP) {
          continue;
        }
        PackageOperation swap = pc.operation();
        Optional<String> removed = swap.removedPackages().stream().map(r -> r.name()).filter(STUBS::contains)
            .findFirst();
        if (removed.isEmpty() || removed.equals(state.systemdStub()) || !once.first(swap.range())) {
          continue;
        }
        String message = message(state, swap, removed.get());
        if (message == null) {
          continue;
        }
        Optional<Edit> delete = SystemdPack.deleteCommand(context, op.instruction(), swap.invocation().command());
        if (delete.isPresent()) {
          context.report(swap.range(), message, Fix.unsafe("Delete the swap", delete.get()));
        } else {
          context.report(swap.range(), message);
        }
      }
    }
  }

  private static String message(ImageState state, PackageOperation swap, String removed) {
    Distro d = state.distro();
    boolean dnf = swap.manager() == PackageManager.DNF || d.packageManager() == Distro.PackageManagerKind.DNF
        || d.packageManager() == Distro.PackageManagerKind.MICRODNF;
    boolean yum3Syntax = swap.invocation().args().stream().anyMatch(w -> w.isLiteral("--"));
    String base = "`" + state.base().name() + "`";
    if (dnf && yum3Syntax) {
      return base + " uses dnf, which has no `swap -- remove ... -- install ...` syntax: this fails the build, and "
          + "the base already ships systemd";
    }
    if (d.family().isEnterpriseLinux() || d.family() == Distro.Family.FEDORA) {
      return base + " already ships systemd, not `" + removed + "` (CentOS 7.2.1511 and later): the swap is a "
          + "silent no-op (\"No Match for argument\")";
    }
    return null;
  }
}
