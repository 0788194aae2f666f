package dev.dockwright.rules.systemd;

import dev.dockwright.ast.Instruction;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.rules.edit.Edits;
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
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.SAFE)
public final class FakesystemdInstalled implements Rule {
  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (Stage stage : context.model().stages()) {
      SystemdImage image = SystemdPack.image(context, stage);
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
      Optional<String> stub = SystemdPack.unswappedStub(state);
      if (stub.isEmpty()) {
        continue;
      }
      Stage root = state.chain().get(0);
      if (!once.first(root.base().token().range())) {
        continue;
      }
      String libs = ImageState.stubLibraries(stub.get());
      String swap = "RUN yum -y swap -- remove " + stub.get() + (libs.isEmpty() ? "" : " " + libs)
          + " -- install systemd systemd-libs";
      String message = "`" + root.base().name() + "` ships `" + stub.get() + "` in place of systemd, and this image "
          + (image.runsSystemd() ? "runs" : "enables") + " systemd without swapping it out: systemd cannot boot";
      Optional<Instruction> vault = state.vaultRedirect();
      if (vault.isPresent() && prunesBy(state, vault.get())) {
        // After the redirect the swap would come after a pruning, whose links its install brings back.
        context.report(root.base().token().range(), message + "; swap it after the repositories point at"
            + " vault.centos.org and before the unit links are pruned");
        continue;
      }
      if (vault.isEmpty()) {
        // The swap needs the mirrors, which are gone: inserted right after FROM it would fail every build.
        context.report(root.base().token().range(), message + "; swap it once the repositories point at"
            + " vault.centos.org, as the mirrors are gone");
        continue;
      }
      context.report(root.base().token().range(), message, Fix.safe("Swap `" + stub.get() + "` for systemd once the"
          + " repositories point at the vault", Edits.insertAfter(context, vault.get(), swap)));
    }
  }

  /** Whether the file prunes unit links in {@code at} or before it. */
  private static boolean prunesBy(ImageState state, Instruction at) {
    return state.operations().stream().anyMatch(o -> o instanceof SystemdUnits.Prune
        && o.instruction().range().startOffset() <= at.range().startOffset());
  }
}
