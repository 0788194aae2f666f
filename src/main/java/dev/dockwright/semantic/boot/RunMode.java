package dev.dockwright.semantic.boot;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a systemd image is run, as far as its units can tell: which of the host's interfaces PID 1 sees
 * writable, which capabilities it has, which devices exist, and how the engine marks the container. The
 * facts are those of {@code shared/spec/systemd-boot.md} §2–§3 (verified by booting Debian images under
 * Docker 20.10 and Podman 4.3), Docker's and Podman's default capability sets, and sysbox's documentation
 * (user-namespaced system containers whose /proc/sys and /sys are the container's own).
 */
public enum RunMode {
  /** {@code docker run --privileged}: the seed's recipe, and the default. */
  DOCKER_PRIVILEGED("docker-privileged", "docker --privileged", true, true, true,
      Set.of("CAP_SYS_ADMIN", "CAP_SYS_MODULE", "CAP_SYS_TIME", "CAP_NET_RAW", "CAP_SYS_RAWIO", "CAP_NET_ADMIN",
          "CAP_SYS_BOOT", "CAP_AUDIT_CONTROL", "CAP_SYS_PTRACE", "CAP_MKNOD", "CAP_SYS_NICE", "CAP_SYS_RESOURCE",
          "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ", "CAP_SYSLOG", "CAP_IPC_LOCK", "CAP_LINUX_IMMUTABLE",
          "CAP_DAC_READ_SEARCH", "CAP_SYS_TTY_CONFIG", "CAP_MAC_ADMIN", "CAP_MAC_OVERRIDE", "CAP_BPF",
          "CAP_PERFMON", "CAP_CHECKPOINT_RESTORE", "CAP_SYS_PACCT", "CAP_LEASE"),
      Optional.empty(), "/.dockerenv"),
  /** {@code docker run} without {@code --privileged} (cgroup flags only): Docker's default capabilities. */
  DOCKER("docker", "docker without --privileged", false, false, false,
      Set.of("CAP_NET_RAW", "CAP_MKNOD", "CAP_AUDIT_WRITE"), Optional.empty(), "/.dockerenv"),
  /** {@code podman run} (systemd mode, unprivileged): Podman ≥ 4 drops CAP_NET_RAW and sets {@code container}. */
  PODMAN("podman", "podman (systemd mode)", false, false, false, Set.of("CAP_MKNOD", "CAP_AUDIT_WRITE"),
      Optional.of("podman"), "/run/.containerenv"),
  /**
   * {@code docker run --runtime=sysbox-runc}: a user-namespaced system container; /proc/sys and /sys are the
   * container's own (namespaced or emulated), capabilities are the namespace's, never the host's.
   */
  SYSBOX("sysbox", "sysbox (--runtime=sysbox-runc)", false, false, false,
      Set.of("CAP_SYS_ADMIN", "CAP_NET_RAW", "CAP_NET_ADMIN", "CAP_MKNOD", "CAP_AUDIT_WRITE"),
      Optional.empty(), "/.dockerenv");

  private final String id;
  private final String label;
  private final boolean sysWritable;
  private final boolean procSysWritable;
  private final boolean hostTty;
  private final Set<String> capabilities;
  private final Optional<String> containerVariable;
  private final String containerFile;

  RunMode(String id, String label, boolean sysWritable, boolean procSysWritable, boolean hostTty,
      Set<String> capabilities, Optional<String> containerVariable, String containerFile) {
    this.id = id;
    this.label = label;
    this.sysWritable = sysWritable;
    this.procSysWritable = procSysWritable;
    this.hostTty = hostTty;
    this.capabilities = capabilities;
    this.containerVariable = containerVariable;
    this.containerFile = containerFile;
  }

  /** The value of {@code systemd.run-mode}, {@code --systemd-run-mode} and {@code boot --run-mode}. */
  public String id() {
    return id;
  }

  /** For messages: {@code docker --privileged}. */
  public String label() {
    return label;
  }

  /** {@code /sys} is mounted read-write (ConditionPathIsReadWrite=/sys holds): the host's sysfs. */
  public boolean sysWritable() {
    return sysWritable;
  }

  /** {@code /proc/sys} (and {@code /proc/sys/net/}) is writable: the host's non-namespaced kernel settings. */
  public boolean procSysWritable() {
    return procSysWritable;
  }

  /** The host's {@code /dev/tty0} and virtual consoles are visible (privileged containers see host /dev). */
  public boolean hostTty() {
    return hostTty;
  }

  public boolean hasCapability(String capability) {
    return capabilities.contains(capability.toUpperCase(Locale.ROOT));
  }

  /** The {@code container} variable the engine gives PID 1 (Podman: {@code podman}); the image's ENV wins. */
  public Optional<String> containerVariable() {
    return containerVariable;
  }

  /** The file the engine creates that systemd ≥ 248 detects the container by. */
  public String containerFile() {
    return containerFile;
  }

  public static Optional<RunMode> parse(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.id.equals(v)).findFirst();
  }

  /** {@code docker-privileged, docker, podman, sysbox}. */
  public static String choices() {
    return Arrays.stream(values()).map(RunMode::id).collect(Collectors.joining(", "));
  }
}
