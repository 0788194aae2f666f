package dev.dockwright.semantic.boot;

import dev.dockwright.semantic.ImageState;
import dev.dockwright.semantic.SystemdUnits;
import dev.dockwright.shell.PackageOperation;
import dev.dockwright.shell.PackageRef;
import dev.dockwright.shell.PackageVerb;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The units of an image when it starts: the release's base packages plus what the file installs (with the
 * dependencies and, unless turned off, the recommends the knowledge base lists), the links those packages
 * create, then the file's prunes, masks, {@code systemctl} verbs and unit-file deletions, in build order.
 */
public final class ImageUnits {
  private final Release release;
  private final Set<String> packages = new LinkedHashSet<>();
  /** Link path (canonical) → target unit. */
  private final Map<String, String> links = new LinkedHashMap<>();
  private final Map<String, String> masked = new LinkedHashMap<>();
  private final Set<String> deleted = new LinkedHashSet<>();
  private String defaultTarget;
  private boolean machineIdBaked;
  private boolean machineIdCleared;
  private Optional<String> sysReadOnly = Optional.empty();

  private ImageUnits(Release release) {
    this.release = release;
    for (Release.Link l : release.links()) {
      if (l.name().equals("default.target")) {
        defaultTarget = l.target();
      }
    }
  }

  /** The units of the image built from {@code state}, over the release its base stands for. */
  public static ImageUnits of(Release release, ImageState state) {
    ImageUnits u = new ImageUnits(release);
    u.install(release.basePackages(), false);
    for (SystemdUnits.Operation op : state.operations()) {
      u.apply(op);
    }
    // the entrypoint script runs before init at every start (systemd-boot.md §6.1)
    state.entrypointScript().ifPresent(script -> {
      for (dev.dockwright.semantic.EntrypointScript.Masked m : script.masked()) {
        u.masked.put(m.unit(), "masked by the entrypoint script `" + script.name() + "` (its line " + m.line()
            + ") before it starts init");
      }
      u.sysReadOnly = script.sysReadOnly().map(line -> "the entrypoint script `" + script.name()
          + "` remounts it read-only (its line " + line + ")");
    });
    return u;
  }

  private void apply(SystemdUnits.Operation op) {
    if (op instanceof SystemdUnits.PackageChange pc) {
      PackageOperation o = pc.operation();
      List<String> names = o.packages().stream().map(PackageRef::name).map(n -> n.toLowerCase(Locale.ROOT)).toList();
      if (o.verb() == PackageVerb.INSTALL || o.verb() == PackageVerb.SWAP) {
        install(names, recommends(o));
      } else if (o.verb() == PackageVerb.REMOVE) {
        names.forEach(this::remove);
      }
    } else if (op instanceof SystemdUnits.Prune p) {
      links.keySet().removeIf(path -> {
        String dir = path.substring(0, path.lastIndexOf('/'));
        return p.removes(dir, path.substring(path.lastIndexOf('/') + 1));
      });
    } else if (op instanceof SystemdUnits.Mask m) {
      masked.put(m.unit(), "masked by `systemctl mask` on line " + m.instruction().range().startLine());
    } else if (op instanceof SystemdUnits.Enable e) {
      enable(e.unit());
    } else if (op instanceof SystemdUnits.UnitVerb v) {
      switch (v.verb()) {
        case "disable" -> disable(v.unit());
        case "unmask" -> masked.remove(v.unit());
        case "set-default" -> defaultTarget = v.unit();
        case "preset" -> { } // the presets' links were made when the packages were installed
        default -> { }
      }
    } else if (op instanceof SystemdUnits.UnitFileDeletion d) {
      deleted.add(d.path().substring(d.path().lastIndexOf('/') + 1));
    } else if (op instanceof SystemdUnits.MachineIdClear) {
      machineIdCleared = true;
    }
  }

  /** apt without {@code --no-install-recommends}, dnf without {@code install_weak_deps=False}, zypper. */
  private static boolean recommends(PackageOperation o) {
    String words = o.invocation().args().stream().map(w -> w.raw().toLowerCase(Locale.ROOT))
        .reduce("", (a, b) -> a + " " + b);
    return switch (o.manager()) {
      case APT, APT_GET, APTITUDE -> !o.hasOption("--no-install-recommends")
          && !words.matches(".*install-recommends[\"']?=[\"']?(false|0|no).*");
      case DNF, MICRODNF -> !words.matches(".*install_weak_deps[\"']?=[\"']?(false|0|no).*");
      case ZYPPER -> !o.hasOption("--no-recommends");
      default -> false;
    };
  }

  private void install(Iterable<String> names, boolean withRecommends) {
    Deque<String> work = new ArrayDeque<>();
    names.forEach(work::add);
    while (!work.isEmpty()) {
      String name = work.pop();
      Optional<Release.PackageInfo> info = release.pkg(name);
      String real = info.map(Release.PackageInfo::name).orElse(name);
      if (!packages.add(real)) {
        continue;
      }
      if (real.equals("systemd")) {
        machineIdBaked = true; // postinst / %post run systemd-machine-id-setup (systemd-boot.md §5)
      }
      for (Release.Link l : release.links()) {
        if (l.pkg().equals(real) && !l.name().equals("default.target")) {
          links.put(l.path(), l.target());
        }
      }
      if (info.isEmpty()) {
        continue;
      }
      for (List<String> clause : info.get().depends()) {
        pick(clause).ifPresent(work::add);
      }
      if (withRecommends) {
        for (List<String> clause : info.get().recommends()) {
          pick(clause).ifPresent(work::add);
        }
      }
    }
  }

  /** The alternative of a dependency to install: none when one is there already, else the first. */
  private Optional<String> pick(List<String> alternatives) {
    for (String a : alternatives) {
      String real = release.pkg(a).map(Release.PackageInfo::name).orElse(a);
      if (packages.contains(real) || packages.contains(a)) {
        return Optional.empty();
      }
    }
    return Optional.of(alternatives.get(0));
  }

  private void remove(String name) {
    String real = release.pkg(name).map(Release.PackageInfo::name).orElse(name);
    if (packages.remove(real)) {
      links.entrySet().removeIf(e -> release.links().stream().anyMatch(l -> l.path().equals(e.getKey())
          && l.pkg().equals(real)));
    }
  }

  private void enable(String unit) {
    Optional<Release.UnitFile> file = unit(unit);
    if (file.isEmpty()) {
      return;
    }
    String instance = unit;
    if (unit.contains("@.")) {
      Optional<String> def = file.get().values("DefaultInstance").stream().findFirst();
      if (def.isEmpty()) {
        return;
      }
      instance = unit.replace("@.", "@" + def.get() + ".");
    }
    for (String t : file.get().words("WantedBy")) {
      links.put(SystemdUnits.ADMIN_UNIT_DIR + "/" + t + ".wants/" + instance, unit);
    }
    for (String t : file.get().words("RequiredBy")) {
      links.put(SystemdUnits.ADMIN_UNIT_DIR + "/" + t + ".requires/" + instance, unit);
    }
  }

  private void disable(String unit) {
    links.entrySet().removeIf(e -> e.getKey().startsWith(SystemdUnits.ADMIN_UNIT_DIR + "/")
        && (e.getValue().equals(unit) || e.getKey().endsWith("/" + unit)));
  }

  public Release release() {
    return release;
  }

  /** The unit file, when a package of the image ships it and the file did not delete it. */
  public Optional<Release.UnitFile> unit(String name) {
    Optional<Release.UnitFile> u = release.unit(name);
    if (u.isEmpty() || !packages.contains(u.get().pkg())) {
      return Optional.empty();
    }
    String file = u.get().name();
    if (deleted.stream().anyMatch(g -> SystemdUnits.Globs.matches(g, file) || SystemdUnits.Globs.matches(g, name))) {
      return Optional.empty();
    }
    return u;
  }

  /** Why the unit is masked (by the file, or shipped masked), when it is. */
  public Optional<String> maskedBecause(String name) {
    if (masked.containsKey(name)) {
      return Optional.of(masked.get(name));
    }
    int at = name.indexOf('@');
    int dot = name.lastIndexOf('.');
    String template = at > 0 && dot > at + 1 ? name.substring(0, at + 1) + name.substring(dot) : name;
    if (masked.containsKey(template)) {
      return Optional.of(masked.get(template)); // a masked template masks its instances
    }
    return release.unit(name).filter(Release.UnitFile::maskedByPackage).map(u -> "masked by package " + u.pkg());
  }

  /** The units linked into {@code owner}'s {@code .wants} and {@code .requires} directories. */
  public List<String> linked(String owner) {
    String wants = "/" + owner + ".wants/";
    String requires = "/" + owner + ".requires/";
    return links.keySet().stream().filter(p -> p.contains(wants) || p.contains(requires))
        .map(p -> p.substring(p.lastIndexOf('/') + 1)).distinct().toList();
  }

  /** Why {@code /sys} is read-only whatever the run mode, when the image makes it so at start. */
  public Optional<String> sysReadOnly() {
    return sysReadOnly;
  }

  public Set<String> packages() {
    return packages;
  }

  public String defaultTarget() {
    return defaultTarget == null ? "multi-user.target" : defaultTarget;
  }

  /** Installing systemd ran {@code systemd-machine-id-setup} and the file did not empty it afterwards. */
  public boolean machineIdPresent() {
    return machineIdBaked && !machineIdCleared;
  }
}
