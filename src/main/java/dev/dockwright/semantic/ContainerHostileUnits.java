package dev.dockwright.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The units that make sense on a machine but fail or misbehave in a container (remounting the root file
 * system, udev, hugepages, logins on a console), and the two ways images keep them from starting: the
 * classic recipe empties the {@code .wants} directories that pull them in (cgroup v1 era), current images
 * mask them.
 */
public final class ContainerHostileUnits {
  private ContainerHostileUnits() {}

  private static final String SYSINIT = SystemdUnits.UNIT_DIR + "/sysinit.target.wants";
  private static final String MULTI_USER = SystemdUnits.UNIT_DIR + "/multi-user.target.wants";
  private static final String LOCAL_FS = SystemdUnits.UNIT_DIR + "/local-fs.target.wants";
  private static final String SOCKETS = SystemdUnits.UNIT_DIR + "/sockets.target.wants";
  private static final String ADMIN_WANTS = SystemdUnits.ADMIN_UNIT_DIR + "/*.wants";

  /**
   * One part of the classic pruning recipe.
   *
   * @param label how messages name it ({@code sysinit.target.wants}, {@code sockets.target.wants/*udev*})
   * @param keep the unit the recipe spares there, if any
   */
  public record WantsLinks(String label, String directory, String pattern, Optional<String> keep) {}

  /** The classic recipe, in its order. */
  public static final List<WantsLinks> CLASSIC_PRUNING = List.of(
      new WantsLinks("sysinit.target.wants", SYSINIT, "*", Optional.of("systemd-tmpfiles-setup.service")),
      new WantsLinks("multi-user.target.wants", MULTI_USER, "*", Optional.of("systemd-user-sessions.service")),
      new WantsLinks("/etc/systemd/system/*.wants", ADMIN_WANTS, "*", Optional.empty()),
      new WantsLinks("local-fs.target.wants", LOCAL_FS, "*", Optional.empty()),
      new WantsLinks("sockets.target.wants/*udev*", SOCKETS, "*udev*", Optional.empty()),
      new WantsLinks("sockets.target.wants/*initctl*", SOCKETS, "*initctl*", Optional.empty()),
      new WantsLinks("basic.target.wants", SystemdUnits.UNIT_DIR + "/basic.target.wants", "*", Optional.empty()),
      new WantsLinks("anaconda.target.wants", SystemdUnits.UNIT_DIR + "/anaconda.target.wants", "*",
          Optional.empty()));

  /**
   * A container-hostile unit and the wants directories whose pruning keeps it from starting.
   *
   * @param dnfOnly only on dnf-based images ({@code dnf-makecache.timer})
   */
  public record Unit(String name, List<String> wantedFrom, boolean dnfOnly) {}

  /** What current images mask, in the order they are usually written. */
  public static final List<Unit> UNITS = List.of(
      new Unit("systemd-remount-fs.service", List.of(LOCAL_FS), false),
      new Unit("dev-hugepages.mount", List.of(SYSINIT), false),
      new Unit("sys-fs-fuse-connections.mount", List.of(SYSINIT), false),
      new Unit("systemd-logind.service", List.of(MULTI_USER), false),
      new Unit("getty.target", List.of(MULTI_USER), false),
      new Unit("console-getty.service", List.of(SystemdUnits.ADMIN_UNIT_DIR + "/getty.target.wants"), false),
      new Unit("systemd-udevd.service", List.of(SYSINIT), false),
      new Unit("systemd-udev-trigger.service", List.of(SYSINIT), false),
      new Unit("systemd-udevd-control.socket", List.of(SOCKETS), false),
      new Unit("systemd-udevd-kernel.socket", List.of(SOCKETS), false),
      new Unit("dnf-makecache.timer", List.of(SystemdUnits.ADMIN_UNIT_DIR + "/timers.target.wants",
          SystemdUnits.UNIT_DIR + "/timers.target.wants"), true));

  /** The parts of the classic recipe no operation carries out. */
  public static List<WantsLinks> unpruned(List<SystemdUnits.Operation> operations) {
    List<WantsLinks> out = new ArrayList<>();
    for (WantsLinks w : CLASSIC_PRUNING) {
      boolean done = operations.stream().anyMatch(o -> o instanceof SystemdUnits.Prune p
          && p.covers(w.directory(), w.pattern()));
      if (!done) {
        out.add(w);
      }
    }
    return out;
  }

  /** The hostile units neither masked nor pruned away ({@code dnf-makecache.timer} only when {@code dnf}). */
  public static List<Unit> unhandled(List<SystemdUnits.Operation> operations, boolean dnf) {
    List<Unit> out = new ArrayList<>();
    for (Unit u : UNITS) {
      if (u.dnfOnly() && !dnf) {
        continue;
      }
      if (!handled(u, operations)) {
        out.add(u);
      }
    }
    return out;
  }

  private static boolean handled(Unit u, List<SystemdUnits.Operation> operations) {
    for (SystemdUnits.Operation o : operations) {
      if (o instanceof SystemdUnits.Mask m && m.unit().equals(u.name())) {
        return true;
      }
      if (o instanceof SystemdUnits.Prune p && u.wantedFrom().stream().anyMatch(d -> p.removes(d, u.name()))) {
        return true;
      }
    }
    // console-getty is only pulled in by getty.target
    return u.name().equals("console-getty.service")
        && handled(UNITS.stream().filter(x -> x.name().equals("getty.target")).findFirst().get(), operations);
  }
}
