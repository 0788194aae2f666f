package dev.dockwright.rules.systemd;

import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.ImageState;
import dev.dockwright.semantic.Stage;
import dev.dockwright.semantic.SystemdImage;
import dev.dockwright.semantic.SystemdUnits;
import dev.dockwright.shell.PackageRef;
import dev.dockwright.shell.PackageVerb;
import java.util.Optional;

@RuleInfo(
    id = "DW2003",
    name = "fakesystemd-installed",
    summary = "`fakesystemd` (or `systemd-container`) in place of systemd: the image cannot boot",
    severity = Severity.ERROR,
    category = Category.SYSTEMD,
    fix = FixAvailability.SAFE)
public final class FakesystemdInstalled implements Rule {
  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (Stage stage : context.model().stages()) {
      SystemdImage image = context.systemd(stage);
      ImageState state = context.model().imageState(stage);
      boolean enables = state.operations().stream().anyMatch(o -> o instanceof SystemdUnits.Enable);
      if (!image.runsSystemd() && !enables) {
        continue;
      }
      for (SystemdUnits.Operation op : state.operations()) {
        if (op instanceof SystemdUnits.PackageChange pc && pc.operation().verb() == PackageVerb.INSTALL) {
          for (PackageRef ref : pc.operation().packages()) {
            if (ref.name().equals("fakesystemd") && once.first(ref.range())) {
              context.report(ref.range(), "`fakesystemd` is a stub that satisfies package dependencies but cannot"
                  + " boot: install `systemd` instead");
            }
          }
        }
      }
      Optional<String> stub = state.systemdStub();
      if (stub.isEmpty() || removes(state, stub.get())) {
        continue;
      }
      Stage root = state.chain().get(0);
      if (!once.first(root.base().token().range())) {
        continue;
      }
      String libs = ImageState.stubLibraries(stub.get());
      String swap = "RUN yum -y swap -- remove " + stub.get() + (libs.isEmpty() ? "" : " " + libs)
          + " -- install systemd systemd-libs";
      context.report(root.base().token().range(), "`" + root.base().name() + "` ships `" + stub.get()
          + "` in place of systemd, and this image " + (image.runsSystemd() ? "runs" : "enables") + " systemd without"
          + " swapping it out: systemd cannot boot", Fix.safe("Swap `" + stub.get() + "` for systemd after FROM",
          SystemdPack.insertAfterFrom(context, root, swap)));
    }
  }

  private static boolean removes(ImageState state, String stub) {
    return state.operations().stream().anyMatch(o -> o instanceof SystemdUnits.PackageChange pc
        && (pc.operation().verb() == PackageVerb.SWAP && pc.operation().removedPackages().stream()
            .anyMatch(r -> r.name().equals(stub))
            || pc.operation().verb() == PackageVerb.REMOVE && pc.operation().packages().stream()
            .anyMatch(r -> r.name().equals(stub))));
  }
}
