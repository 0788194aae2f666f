package dev.dockwright.rules.systemd;

import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Distro;
import dev.dockwright.semantic.ImageState;
import dev.dockwright.semantic.KnownInitImage.Inherited;
import dev.dockwright.semantic.SystemdUnits;

@RuleInfo(
    id = "DW2007",
    name = "missing-container-env",
    summary = "A systemd image on systemd before 248 should set `ENV container=docker`",
    severity = Severity.WARNING,
    category = Category.SYSTEMD,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.SAFE)
public final class MissingContainerEnv implements Rule {
  /** systemd 248 detects Docker and Podman by itself. */
  private static final int DETECTS_CONTAINERS = 248;

  @Override
  public void check(RuleContext context) {
    for (SystemdPack.Target t : SystemdPack.roots(context)) {
      ImageState state = t.state();
      if (state.containerEnv().isPresent() || !state.containerArgs().isEmpty()
          || state.operations().stream().anyMatch(o -> o instanceof SystemdUnits.ContainerVariable)) {
        continue; // set, or set the wrong way (container-env-not-runtime)
      }
      Inherited base = state.baseContainerEnv();
      if (base == Inherited.PRESENT || base == Inherited.UNKNOWN && state.baseVisible()) {
        continue;
      }
      Distro d = state.distro();
      String consequence = ": systemd before 248 then believes it runs on a real machine and starts units"
          + " meant for one";
      if (!state.baseVisible()) {
        context.reportAtMost(Severity.INFO, t.anchor(), "systemd image sets no `container` variable"
            + consequence + "; " + state.notVisibleHint(), null);
        continue;
      }
      if (d.systemdVersion().isEmpty()) {
        context.reportAtMost(Severity.INFO, t.anchor(), "systemd image sets no `container` variable"
            + consequence + " (the systemd version of `" + state.base().name() + "` is not known)", null);
        continue;
      }
      int version = d.systemdVersion().getAsInt();
      if (version >= DETECTS_CONTAINERS) {
        continue;
      }
      context.report(t.anchor(), "systemd image on " + d.displayName() + " (systemd " + version
          + ") sets no `container` variable" + consequence,
          Fix.safe("Add `ENV container=docker`",
              SystemdPack.insertAfterFrom(context, t.stage(), "ENV container=docker")));
    }
  }
}
