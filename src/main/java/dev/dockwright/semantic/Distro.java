package dev.dockwright.semantic;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The distribution a base image is built on, read from its reference: family, major version (and minor
 * where it matters), the systemd version that implies, and the package manager. The tables are data: add a
 * row to teach dockwright a new release.
 *
 * @param version the release as written in the tag (e.g. {@code 7.0.1406}, {@code 22.04}), empty when the
 *     tag is absent or a name the table does not know
 * @param exactTag whether the tag pins a release (as opposed to {@code latest} or no tag)
 */
public record Distro(Family family, Optional<String> version, OptionalInt major, OptionalInt systemdVersion,
    PackageManagerKind packageManager, boolean exactTag, String repository) {

  public enum Family {
    CENTOS, RHEL, UBI, ROCKY, ALMA, ORACLE, FEDORA, DEBIAN, UBUNTU, ALPINE, OPENSUSE, AMAZON, UNKNOWN;

    public boolean isEnterpriseLinux() {
      return this == CENTOS || this == RHEL || this == UBI || this == ROCKY || this == ALMA || this == ORACLE;
    }

    public boolean isDebianLike() {
      return this == DEBIAN || this == UBUNTU;
    }
  }

  public enum PackageManagerKind { YUM, DNF, MICRODNF, APT, APK, ZYPPER, UNKNOWN }

  public static final Distro UNKNOWN = new Distro(Family.UNKNOWN, Optional.empty(), OptionalInt.empty(),
      OptionalInt.empty(), PackageManagerKind.UNKNOWN, false, "");

  public boolean isKnown() {
    return family != Family.UNKNOWN;
  }

  /** A short name for messages, e.g. {@code CentOS 7} or {@code Debian 12}. */
  public String displayName() {
    String f = switch (family) {
      case CENTOS -> "CentOS";
      case RHEL -> "RHEL";
      case UBI -> "UBI";
      case ROCKY -> "Rocky Linux";
      case ALMA -> "AlmaLinux";
      case ORACLE -> "Oracle Linux";
      case FEDORA -> "Fedora";
      case DEBIAN -> "Debian";
      case UBUNTU -> "Ubuntu";
      case ALPINE -> "Alpine";
      case OPENSUSE -> "openSUSE";
      case AMAZON -> "Amazon Linux";
      case UNKNOWN -> "unknown distribution";
    };
    return version.map(v -> f + " " + v).orElse(major.isPresent() ? f + " " + major.getAsInt() : f);
  }

  // --------------------------------------------------------------------------------------- tables

  private static final Map<Integer, Integer> EL_SYSTEMD = Map.of(7, 219, 8, 239, 9, 252, 10, 257);
  private static final Map<Integer, Integer> DEBIAN_SYSTEMD = Map.of(8, 215, 9, 232, 10, 241, 11, 247, 12, 252,
      13, 257);
  private static final Map<String, Integer> DEBIAN_CODENAMES = Map.of("jessie", 8, "stretch", 9, "buster", 10,
      "bullseye", 11, "bookworm", 12, "trixie", 13);
  private static final int DEBIAN_LATEST = 13;
  private static final Map<String, Integer> UBUNTU_SYSTEMD = Map.of("16.04", 229, "18.04", 237, "20.04", 245,
      "22.04", 249, "24.04", 255, "24.10", 256, "25.04", 257, "25.10", 257);
  private static final Map<String, String> UBUNTU_CODENAMES = Map.of("xenial", "16.04", "bionic", "18.04",
      "focal", "20.04", "jammy", "22.04", "noble", "24.04", "oracular", "24.10", "plucky", "25.04");
  private static final String UBUNTU_LATEST = "24.04";
  private static final Map<Integer, Integer> FEDORA_SYSTEMD = Map.ofEntries(Map.entry(28, 238),
      Map.entry(29, 239), Map.entry(30, 241), Map.entry(31, 243), Map.entry(32, 245), Map.entry(33, 246),
      Map.entry(34, 248), Map.entry(35, 249), Map.entry(36, 250), Map.entry(37, 251), Map.entry(38, 253),
      Map.entry(39, 254), Map.entry(40, 255), Map.entry(41, 256), Map.entry(42, 257), Map.entry(43, 258));
  private static final int FEDORA_LATEST = 43;
  /** {@code centos:latest} was last pushed as CentOS 8. */
  private static final int CENTOS_LATEST = 8;
  private static final int EL_LATEST = 9;

  /** Stands for a tag that names a release dockwright cannot read (a variable, or only a digest). */
  private static final String UNREADABLE_TAG = "$";

  private static final Pattern LEADING_VERSION = Pattern.compile("^(?:centos|stream|el|rhel|v)?(\\d+)(?:\\.(\\d+))?");

  /** Reads the distribution from an image reference; {@link #UNKNOWN} for images it does not know. */
  public static Distro of(ImageReference ref) {
    if (ref == null || !ref.valid() && !ref.hasVariable()) {
      return UNKNOWN;
    }
    String path = ref.path().toLowerCase(Locale.ROOT);
    String domain = ref.domain().toLowerCase(Locale.ROOT);
    // A tag with a variable, or a digest without a tag, pins a release dockwright cannot read: never read it
    // as "latest".
    String tag = ref.tag() != null && ref.tag().indexOf('$') < 0 ? ref.tag().toLowerCase(Locale.ROOT)
        : ref.tag() == null && ref.digest() == null ? "" : UNREADABLE_TAG;
    String last = path.substring(path.lastIndexOf('/') + 1);
    String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;

    if (path.startsWith("jrei/systemd-") && last.startsWith("systemd-")) {
      String name = last.substring("systemd-".length());
      return forFamilyName(name, tag, path);
    }
    if (path.equals("library/centos") || path.equals("centos/centos") || path.equals("centos/systemd")
        || (first.equals("centos") && path.contains("systemd"))) {
      return enterprise(Family.CENTOS, path.equals("centos/systemd") ? "7" : tag, CENTOS_LATEST, path, false);
    }
    if (domain.contains("redhat.com") || domain.contains("redhat.io") || first.startsWith("ubi") || first.startsWith("rhel")
        || first.equals("redhat")) {
      Matcher m = Pattern.compile("(?:ubi|rhel)(\\d+)").matcher(path);
      Family fam = path.contains("ubi") ? Family.UBI : Family.RHEL;
      if (m.find()) {
        int major = Integer.parseInt(m.group(1));
        boolean minimal = path.contains("minimal") || path.contains("micro");
        return new Distro(fam, tagVersion(tag), OptionalInt.of(major), systemdFor(EL_SYSTEMD, major),
            minimal ? PackageManagerKind.MICRODNF : major <= 7 ? PackageManagerKind.YUM : PackageManagerKind.DNF,
            !tag.isEmpty() && !tag.equals("latest"), path);
      }
    }
    return forFamilyName(last, tag, path);
  }

  private static Distro forFamilyName(String name, String tag, String path) {
    return switch (name) {
      case "centos" -> enterprise(Family.CENTOS, tag, CENTOS_LATEST, path, false);
      case "rockylinux", "rocky" -> enterprise(Family.ROCKY, tag, EL_LATEST, path, false);
      case "almalinux", "alma" -> enterprise(Family.ALMA, tag, EL_LATEST, path, false);
      case "oraclelinux", "oracle" -> enterprise(Family.ORACLE, tag, EL_LATEST, path, false);
      case "rhel", "ubi" -> enterprise(Family.RHEL, tag, EL_LATEST, path, false);
      case "fedora" -> fedora(tag, path);
      case "debian" -> debian(tag, path);
      case "ubuntu" -> ubuntu(tag, path);
      case "alpine" -> simple(Family.ALPINE, tag, PackageManagerKind.APK, path);
      case "leap", "tumbleweed", "opensuse" -> simple(Family.OPENSUSE, tag, PackageManagerKind.ZYPPER, path);
      case "amazonlinux" -> {
        OptionalInt major = leadingMajor(tag);
        yield new Distro(Family.AMAZON, tagVersion(tag), major, OptionalInt.empty(),
            major.isPresent() && major.getAsInt() == 2 ? PackageManagerKind.YUM : PackageManagerKind.DNF,
            exact(tag), path);
      }
      default -> UNKNOWN;
    };
  }

  private static Distro enterprise(Family family, String tag, int latest, String path, boolean minimal) {
    OptionalInt major = leadingMajor(tag);
    if (major.isEmpty() && !isLatest(tag)) {
      return new Distro(family, Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
          minimal ? PackageManagerKind.MICRODNF : PackageManagerKind.UNKNOWN, false, path);
    }
    boolean exact = exact(tag);
    int m = major.orElse(latest);
    return new Distro(family, tagVersion(tag), OptionalInt.of(m), systemdFor(EL_SYSTEMD, m),
        minimal ? PackageManagerKind.MICRODNF : m <= 7 ? PackageManagerKind.YUM : PackageManagerKind.DNF, exact, path);
  }

  /** No tag, or {@code latest}: the newest release the tables know. */
  private static boolean isLatest(String tag) {
    return tag.isEmpty() || tag.equals("latest");
  }

  private static Distro fedora(String tag, String path) {
    OptionalInt major = leadingMajor(tag);
    if (major.isEmpty() && !isLatest(tag)) {
      return new Distro(Family.FEDORA, Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
          PackageManagerKind.DNF, false, path);
    }
    int m = major.orElse(FEDORA_LATEST);
    return new Distro(Family.FEDORA, tagVersion(tag), OptionalInt.of(m), systemdFor(FEDORA_SYSTEMD, m),
        PackageManagerKind.DNF, exact(tag), path);
  }

  private static Distro debian(String tag, String path) {
    String base = tag.replaceAll("-(slim|backports)$", "");
    Integer codename = DEBIAN_CODENAMES.get(base);
    if (codename != null) {
      return new Distro(Family.DEBIAN, Optional.of(String.valueOf(codename)), OptionalInt.of(codename),
          systemdFor(DEBIAN_SYSTEMD, codename), PackageManagerKind.APT, true, path);
    }
    OptionalInt major = leadingMajor(base);
    if (major.isEmpty() && (tag.isEmpty() || tag.startsWith("latest") || base.equals("stable"))) {
      major = OptionalInt.of(DEBIAN_LATEST);
    }
    if (major.isEmpty()) {
      return new Distro(Family.DEBIAN, Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
          PackageManagerKind.APT, false, path);
    }
    int m = major.getAsInt();
    return new Distro(Family.DEBIAN, tagVersion(tag), major, systemdFor(DEBIAN_SYSTEMD, m), PackageManagerKind.APT,
        exact(tag), path);
  }

  private static Distro ubuntu(String tag, String path) {
    String version = UBUNTU_CODENAMES.getOrDefault(tag.replaceAll("-.*$", ""), null);
    boolean exact = version != null || exact(tag);
    if (version == null) {
      Matcher m = Pattern.compile("^(\\d+\\.\\d+)").matcher(tag);
      version = m.find() ? m.group(1) : (tag.isEmpty() || tag.equals("latest") ? UBUNTU_LATEST : null);
    }
    if (version == null) {
      return new Distro(Family.UBUNTU, Optional.empty(), OptionalInt.empty(), OptionalInt.empty(),
          PackageManagerKind.APT, false, path);
    }
    int major = Integer.parseInt(version.substring(0, version.indexOf('.')));
    Integer sd = UBUNTU_SYSTEMD.get(version);
    return new Distro(Family.UBUNTU, Optional.of(version), OptionalInt.of(major),
        sd == null ? OptionalInt.empty() : OptionalInt.of(sd), PackageManagerKind.APT, exact, path);
  }

  private static Distro simple(Family family, String tag, PackageManagerKind pm, String path) {
    return new Distro(family, tagVersion(tag), leadingMajor(tag), OptionalInt.empty(), pm, exact(tag), path);
  }

  private static boolean exact(String tag) {
    return !tag.isEmpty() && !tag.equals("latest") && leadingMajor(tag).isPresent();
  }

  private static OptionalInt leadingMajor(String tag) {
    Matcher m = LEADING_VERSION.matcher(tag);
    if (m.find()) {
      try {
        return OptionalInt.of(Integer.parseInt(m.group(1)));
      } catch (NumberFormatException e) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.empty();
  }

  private static Optional<String> tagVersion(String tag) {
    Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)*)").matcher(tag);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static OptionalInt systemdFor(Map<Integer, Integer> table, int major) {
    Integer v = table.get(major);
    return v == null ? OptionalInt.empty() : OptionalInt.of(v);
  }
}
