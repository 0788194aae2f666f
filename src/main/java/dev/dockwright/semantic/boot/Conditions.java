package dev.dockwright.semantic.boot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a unit's {@code Condition*}/{@code Assert*} directives in an image under a run mode, from the
 * facts of {@code shared/spec/systemd-boot.md} §2–§3: what the mode makes writable, which capabilities and
 * devices it gives, whether systemd detects the container, and which unit files the image has. A path the
 * model knows nothing about is taken to exist (the unit's package ships what its conditions look for), except
 * the host kernel's modules and an initrd, which an image never has.
 */
final class Conditions {
  private static final java.util.regex.Pattern PROGRAM = java.util.regex.Pattern.compile("(?:/usr)?/s?bin/([^/]+)");
  private static final java.util.regex.Pattern UNIT_FILE =
      java.util.regex.Pattern.compile("(?:(?:/usr)?/lib|/etc)/systemd/system/([^/]+)");
  private final ImageUnits image;
  private final RunMode mode;
  private final boolean detected;
  private final int version;

  Conditions(ImageUnits image, RunMode mode, boolean detected, int version) {
    this.image = image;
    this.mode = mode;
    this.detected = detected;
    this.version = version;
  }

  /** The first unmet condition, with why ({@code ConditionPathIsReadWrite=/sys is not met: ...}). */
  Optional<String> unmet(String unit, Release.UnitFile file) {
    List<String[]> triggering = new ArrayList<>();
    for (String[] c : file.conditions()) {
      String value = c[1].trim();
      if (value.isEmpty()) {
        continue;
      }
      if (value.startsWith("|")) {
        triggering.add(new String[] {c[0], value.substring(1)});
        continue;
      }
      if (!test(c[0], value, unit)) {
        return Optional.of(c[0] + "=" + value + " is not met" + why(c[0], value));
      }
    }
    if (!triggering.isEmpty() && triggering.stream().noneMatch(c -> test(c[0], c[1], unit))) {
      String[] first = triggering.get(0);
      return Optional.of(first[0] + "=|" + first[1] + " is not met" + why(first[0], first[1]));
    }
    return Optional.empty();
  }

  private String why(String key, String value) {
    String v = value.startsWith("!") ? value.substring(1) : value;
    String kind = key.replaceFirst("^(Condition|Assert)", "");
    return switch (kind) {
      case "PathIsReadWrite" -> (v.equals("/sys") || v.startsWith("/sys/")) && image.sysReadOnly().isPresent()
          ? ": " + v + " is read-only: " + image.sysReadOnly().get() : ": " + v + " is read-only under " + mode.label();
      case "Virtualization" -> detected ? ": systemd detects the container" : ": systemd does not detect a container";
      case "Capability" -> ": " + mode.label() + " does not grant " + v;
      case "PathExists" -> v.startsWith("/dev/") ? ": " + mode.label() + " gives the container no " + v
          : v.endsWith(".service") ? ": the image has no " + v.substring(v.lastIndexOf('/') + 1) : "";
      case "FirstBoot" -> ": installing systemd wrote /etc/machine-id";
      case "PathIsMountPoint" -> ": " + v + " is not a mount point";
      default -> "";
    };
  }

  private boolean test(String key, String raw, String unit) {
    boolean negate = raw.startsWith("!");
    String v = negate ? raw.substring(1) : raw;
    String kind = key.replaceFirst("^(Condition|Assert)", "");
    boolean result = switch (kind) {
      case "PathIsReadWrite" -> readWrite(v);
      case "PathExists", "PathIsDirectory", "FileNotEmpty", "FileIsExecutable", "PathIsSymbolicLink",
          "DirectoryNotEmpty", "PathExistsGlob" -> exists(kind, v);
      case "PathIsMountPoint" -> false;
      case "Virtualization" -> virtualization(v);
      case "Capability" -> mode.hasCapability(v);
      case "FirstBoot" -> v.equals("yes") != image.machineIdPresent();
      case "KernelCommandLine", "Credential", "Firmware", "Environment" -> false;
      case "Security" -> v.equals("audit");
      case "NeedsUpdate" -> true;
      default -> true;
    };
    return negate != result;
  }

  private boolean readWrite(String path) {
    String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    if (p.equals("/sys") || p.startsWith("/sys/")) {
      return sysWritable();
    }
    if (p.equals("/proc/sys") || p.startsWith("/proc/sys/")) {
      return mode.procSysWritable();
    }
    return true;
  }

  /** The mode mounts /sys read-write and the image does not remount it read-only at start. */
  private boolean sysWritable() {
    return mode.sysWritable() && image.sysReadOnly().isEmpty();
  }

  private boolean exists(String kind, String path) {
    if (path.equals("/dev/tty0") || path.startsWith("/dev/tty")) {
      return mode.hostTty();
    }
    if (path.contains("/lib/modules") || path.contains("initrd-release")) {
      return false;
    }
    if (path.equals("/etc/modules-load.d")) {
      return true; // Debian ships modules-load.d configuration (verified: bookworm runs systemd-modules-load)
    }
    if (path.equals("/sys/kernel/config")) {
      return false; // configfs is not mounted on the host (verified: bookworm under docker --privileged)
    }
    if (kind.equals("DirectoryNotEmpty") || kind.equals("PathExistsGlob")) {
      return false; // configuration directories (modules-load.d, binfmt.d ...) are empty unless configured
    }
    java.util.regex.Matcher unitFile = UNIT_FILE.matcher(path);
    if (unitFile.matches()) {
      return image.unit(unitFile.group(1)).isPresent();
    }
    if (path.startsWith("/run/")) {
      return false; // a fresh tmpfs at boot
    }
    java.util.regex.Matcher bin = PROGRAM.matcher(path);
    if (bin.matches()) {
      return program(bin.group(1));
    }
    if (path.startsWith("/sys/") || path.startsWith("/proc/")) {
      return mode.sysWritable() || !path.startsWith("/sys/kernel/") && !path.startsWith("/sys/fs/");
    }
    return true;
  }

  /**
   * Whether the image has a program: when it is named after a package the knowledge base knows
   * ({@code dbus-daemon} after {@code dbus}), that package is installed; otherwise taken to be there.
   */
  private boolean program(String name) {
    List<String> candidates = name.contains("-") ? List.of(name, name.substring(0, name.indexOf('-'))) : List.of(name);
    for (String c : candidates) {
      if (image.release().pkg(c).isPresent()) {
        return image.packages().contains(image.release().pkg(c).get().name());
      }
    }
    return true;
  }

  private boolean virtualization(String v) {
    return switch (v) {
      case "container", "docker", "podman" -> detected;
      case "private-users" -> mode == RunMode.SYSBOX;
      case "yes", "true", "1" -> detected;
      case "no", "false", "0" -> !detected;
      default -> false;
    };
  }

  /** A fact of {@code effects.tsv}'s {@code when} column. */
  boolean holds(String atom) {
    if (atom.startsWith("cap:")) {
      return mode.hasCapability(atom.substring(4));
    }
    if (atom.startsWith("mode:")) {
      return mode.id().equals(atom.substring(5));
    }
    if (atom.startsWith("systemd<")) {
      return version < Integer.parseInt(atom.substring(8));
    }
    if (atom.startsWith("systemd>=")) {
      return version >= Integer.parseInt(atom.substring(9));
    }
    return switch (atom) {
      case "sys-rw" -> sysWritable();
      case "proc-sys-rw" -> mode.procSysWritable();
      case "host-tty" -> mode.hostTty();
      case "undetected" -> !detected;
      default -> throw new IllegalStateException("effects.tsv: unknown fact '" + atom + "'");
    };
  }
}
