package dev.dockwright.rules.systemd;

import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.CgroupEra;
import dev.dockwright.semantic.ContainerHostileUnits.Unit;
import dev.dockwright.semantic.ContainerHostileUnits.WantsLinks;
import dev.dockwright.semantic.ContainerHostileUnits;
import dev.dockwright.semantic.Distro;
import dev.dockwright.semantic.ImageState;
import dev.dockwright.semantic.KnownInitImage.Inherited;
import dev.dockwright.semantic.SystemdUnits;
import dev.dockwright.semantic.boot.BootSimulation;
import dev.dockwright.semantic.boot.RunModes;
import dev.dockwright.semantic.boot.Verdict;
import dev.dockwright.shell.PackageManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@RuleInfo(
    id = "DW2001",
    name = "leftover-sysinit-wants",
    summary = "A systemd image should prune or mask the unit links that fail in containers",
    severity = Severity.WARNING,
    category = Category.SYSTEMD,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.SAFE)
public final class LeftoverSysinitWants implements Rule {
  @Override
  public void check(RuleContext context) {
    for (SystemdPack.Target t : SystemdPack.roots(context)) {
      ImageState state = t.state();
      Inherited base = state.baseUnitsPruned();
      if (base == Inherited.PRESENT || base == Inherited.UNKNOWN && state.baseVisible()) {
        continue;
      }
      if (state.baseVisible() && fromBoot(context, t)) {
        continue;
      }
      List<SystemdUnits.Operation> ops = state.operations();
      List<Unit> units = ContainerHostileUnits.unhandled(ops, usesDnf(state));
      if (units.isEmpty()) {
        continue;
      }
      List<WantsLinks> links = ContainerHostileUnits.unpruned(ops);
      boolean prune = t.image().era() == CgroupEra.V1 && !links.isEmpty();
      String what = prune
          ? "the unit links in " + links.stream().map(l -> "`" + l.label() + "`").collect(Collectors.joining(", "))
              + " are left in place"
          : "container-hostile units are left unmasked: " + units.stream().map(u -> "`" + u.name() + "`")
              .collect(Collectors.joining(", "));
      String message = "systemd will start units that fail or misbehave in a container: " + what + " "
          + SystemdPack.eraNote(context, t.image());
      if (!state.baseVisible()) {
        context.reportAtMost(Severity.INFO, t.anchor(), message + "; " + state.notVisibleHint(), null);
        continue;
      }
      if (!SystemdPack.posixShellAtEnd(context, t)) {
        context.report(t.anchor(), message);
        continue;
      }
      if (SystemdPack.unswappedStub(state).isPresent()) {
        // The swap (fakesystemd-installed) installs packages: pruning before it would be undone.
        context.report(t.anchor(), message + "; prune once `" + SystemdPack.unswappedStub(state).get()
            + "` is swapped for systemd");
        continue;
      }
      String run = prune ? pruningRun(context, links, reenabled(ops)) : maskRun(context, units);
      context.report(t.anchor(), message, Fix.safe(prune ? "Prune the container-hostile unit links"
          : "Mask the container-hostile units", SystemdPack.runAfterLastRun(context, t, run)));
    }
  }

  /**
   * Where the knowledge base has the image's release: reports exactly the units the simulated boot finds
   * failing or acting on the host under the run mode, and masks exactly those. False when it has none.
   */
  private static boolean fromBoot(RuleContext context, SystemdPack.Target t) {
    RunModes.Chosen mode = RunModes.choose(context.settings().systemdRunMode(),
        "systemd.run-mode or --systemd-run-mode", t.state().runNotes());
    Optional<BootSimulation.Boot> simulated = BootSimulation.of(t.state(), mode.mode());
    if (simulated.isEmpty()) {
      return false;
    }
    BootSimulation.Boot boot = simulated.get();
    List<BootSimulation.UnitVerdict> harmful = boot.harmful();
    if (harmful.isEmpty()) {
      return true;
    }
    String message = "systemd will start units that " + (harmful.stream().anyMatch(u -> u.verdict() == Verdict.FAILS)
        ? "fail or act on the host" : "act on the host") + " under " + mode.mode().label() + ": "
        + harmful.stream().map(u -> "`" + u.unit() + "` (" + u.reason() + ")").collect(Collectors.joining(", "))
        + " (run mode " + mode.mode().id() + ": " + mode.reason()
        + "; a LABEL RUN line with another run command changes it; " + SystemdPack.eraClause(context, t.image()) + ")";
    if (!SystemdPack.posixShellAtEnd(context, t)) {
      context.report(t.anchor(), message);
      return true;
    }
    String run = SystemdPack.continued(context, SystemdPack.wrap("systemctl mask",
        harmful.stream().map(BootSimulation.UnitVerdict::unit).toList(), 100));
    context.report(t.anchor(), message, Fix.safe("Mask the units that act on the host or fail",
        SystemdPack.runAfterLastRun(context, t, run)));
    return true;
  }

  private static boolean usesDnf(ImageState state) {
    if (state.distro().packageManager() == Distro.PackageManagerKind.DNF) {
      return true;
    }
    return state.operations().stream().anyMatch(o -> o instanceof SystemdUnits.PackageChange pc
        && pc.operation().manager() == PackageManager.DNF);
  }

  /** Units the file enables: the appended pruning empties their links too, so it enables them again. */
  private static Set<String> reenabled(List<SystemdUnits.Operation> ops) {
    Set<String> out = new LinkedHashSet<>();
    for (SystemdUnits.Operation o : ops) {
      if (o instanceof SystemdUnits.Enable e) {
        out.add(e.unit());
      }
    }
    return out;
  }

  /** The classic recipe for the parts not done yet, POSIX-safe ({@code =}, quoted {@code "$i"}, {@code cd &&}). */
  static String pruningRun(RuleContext context, List<WantsLinks> links, Set<String> reenable) {
    List<String> commands = new ArrayList<>();
    boolean admin = false;
    for (WantsLinks l : links) {
      admin |= l.directory().startsWith(SystemdUnits.ADMIN_UNIT_DIR);
      if (l.keep().isPresent()) {
        commands.add("(cd " + l.directory() + "/ && for i in *; do [ \"$i\" = " + l.keep().get()
            + " ] || rm -f \"$i\"; done)");
      } else {
        commands.add("rm -f " + l.directory() + "/" + l.pattern());
      }
    }
    if (admin && !reenable.isEmpty()) {
      commands.add("systemctl enable " + String.join(" ", reenable));
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      lines.add((i > 0 ? "&& " : "") + commands.get(i));
    }
    return SystemdPack.continued(context, lines);
  }

  static String maskRun(RuleContext context, List<Unit> units) {
    List<String> names = units.stream().map(Unit::name).toList();
    return SystemdPack.continued(context, SystemdPack.wrap("systemctl mask", names, 100));
  }
}
