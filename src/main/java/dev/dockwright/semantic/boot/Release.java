package dev.dockwright.semantic.boot;

import dev.dockwright.semantic.SystemdUnits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One release of the {@link UnitKnowledge knowledge base}: its units, links, packages and base image. */
public final class Release {
  /**
   * A unit file as a package ships it (drop-ins applied).
   *
   * @param directives every directive the knowledge base keeps, in file order (a key may repeat)
   */
  public record UnitFile(String name, String pkg, String path, Map<String, List<String>> directives,
      String source) {
    public List<String> values(String key) {
      return directives.getOrDefault(key, List.of());
    }

    /** The space-separated unit names of a dependency directive ({@code Wants=a b}). */
    public List<String> words(String key) {
      List<String> out = new ArrayList<>();
      for (String v : values(key)) {
        for (String w : v.trim().split("\\s+")) {
          if (!w.isEmpty()) {
            out.add(w);
          }
        }
      }
      return out;
    }

    public boolean maskedByPackage() {
      return values("masked").contains("yes");
    }

    public Optional<String> aliasOf() {
      return values("alias-of").stream().findFirst();
    }

    /** The {@code Condition*} and {@code Assert*} directives, as {@code key=value}, in file order. */
    public List<String[]> conditions() {
      List<String[]> out = new ArrayList<>();
      directives.forEach((k, vs) -> {
        if (k.startsWith("Condition") || k.startsWith("Assert")) {
          vs.forEach(v -> out.add(new String[] {k, v}));
        }
      });
      return out;
    }
  }

  /**
   * A symlink in a {@code .wants}/{@code .requires} directory (or {@code default.target}).
   *
   * @param path canonical ({@code /lib/systemd/system/sysinit.target.wants/x.service})
   * @param createdBy {@code package-file}, {@code postinst} or {@code preset}
   */
  public record Link(String path, String target, String pkg, String createdBy, String source) {
    /** {@code /lib/systemd/system/sysinit.target.wants}. */
    public String directory() {
      return path.substring(0, path.lastIndexOf('/'));
    }

    /** The link's file name: the unit it adds ({@code getty@tty1.service}). */
    public String name() {
      return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The unit whose dependency it is ({@code sysinit.target}), and whether it is a requirement. */
    public Optional<String> owner() {
      String dir = directory();
      String base = dir.substring(dir.lastIndexOf('/') + 1);
      if (base.endsWith(".wants")) {
        return Optional.of(base.substring(0, base.length() - ".wants".length()));
      }
      if (base.endsWith(".requires")) {
        return Optional.of(base.substring(0, base.length() - ".requires".length()));
      }
      return Optional.empty();
    }
  }

  /** A package's control fields: each dependency a list of alternatives ({@code dbus | dbus-system-bus}). */
  public record PackageInfo(String name, String version, List<List<String>> depends, List<List<String>> recommends,
      List<String> provides) {}

  private final UnitKnowledge.ReleaseInfo info;
  private final Map<String, UnitFile> units;
  private final List<Link> links;
  private final Map<String, PackageInfo> packages;
  private final Set<String> basePackages;
  private final Map<String, String> providers;

  private Release(UnitKnowledge.ReleaseInfo info, Map<String, UnitFile> units, List<Link> links,
      Map<String, PackageInfo> packages, Set<String> basePackages) {
    this.info = info;
    this.units = Map.copyOf(units);
    this.links = List.copyOf(links);
    this.packages = Map.copyOf(packages);
    this.basePackages = Set.copyOf(basePackages);
    Map<String, String> prov = new LinkedHashMap<>();
    packages.values().forEach(p -> p.provides().forEach(v -> prov.putIfAbsent(v, p.name())));
    this.providers = Map.copyOf(prov);
  }

  public String id() {
    return info.id();
  }

  public UnitKnowledge.ReleaseInfo info() {
    return info;
  }

  public int systemdVersion() {
    return info.systemd();
  }

  /** The unit of that name, or the template an instance comes from ({@code getty@tty1} → {@code getty@}). */
  public Optional<UnitFile> unit(String name) {
    UnitFile u = units.get(name);
    if (u != null) {
      return Optional.of(u);
    }
    int at = name.indexOf('@');
    int dot = name.lastIndexOf('.');
    if (at > 0 && dot > at + 1) {
      return Optional.ofNullable(units.get(name.substring(0, at + 1) + name.substring(dot)));
    }
    return Optional.empty();
  }

  public Map<String, UnitFile> units() {
    return units;
  }

  public List<Link> links() {
    return links;
  }

  public Optional<PackageInfo> pkg(String name) {
    PackageInfo p = packages.get(name);
    if (p == null && providers.containsKey(name)) {
      p = packages.get(providers.get(name));
    }
    return Optional.ofNullable(p);
  }

  public Set<String> basePackages() {
    return basePackages;
  }

  static Release parse(UnitKnowledge.ReleaseInfo info, List<String[]> rows) {
    Map<String, Map<String, List<String>>> unitDirectives = new LinkedHashMap<>();
    Map<String, String> unitSource = new LinkedHashMap<>();
    Map<String, Map<String, String>> linkFields = new LinkedHashMap<>();
    Map<String, String> linkSource = new LinkedHashMap<>();
    Map<String, Map<String, String>> packageFields = new LinkedHashMap<>();
    Set<String> base = new LinkedHashSet<>();
    for (String[] row : rows) {
      if (row.length < 4 || row[0].equals("kind")) {
        continue;
      }
      String kind = row[0];
      String name = row[1];
      String key = row[2];
      String value = row[3];
      String source = row.length > 4 ? row[4] : "";
      switch (kind) {
        case "unit" -> {
          unitDirectives.computeIfAbsent(name, k -> new LinkedHashMap<>()).computeIfAbsent(key,
              k -> new ArrayList<>()).add(value);
          unitSource.putIfAbsent(name, source);
        }
        case "link" -> {
          String path = SystemdUnits.canonicalPath(name);
          linkFields.computeIfAbsent(path, k -> new LinkedHashMap<>()).putIfAbsent(key, value);
          linkSource.putIfAbsent(path, source);
        }
        case "package" -> packageFields.computeIfAbsent(name, k -> new LinkedHashMap<>()).merge(key, value,
            (a, b) -> a + ", " + b);
        case "base" -> base.add(value);
        default -> { }
      }
    }
    Map<String, UnitFile> units = new LinkedHashMap<>();
    unitDirectives.forEach((name, d) -> {
      Map<String, List<String>> frozen = new LinkedHashMap<>();
      d.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
      units.put(name, new UnitFile(name, first(d.get("package")), first(d.get("path")),
          java.util.Collections.unmodifiableMap(frozen), unitSource.get(name)));
    });
    List<Link> links = new ArrayList<>();
    linkFields.forEach((path, f) -> links.add(new Link(path, f.getOrDefault("target", ""),
        f.getOrDefault("package", ""), f.getOrDefault("created-by", "package-file"), linkSource.get(path))));
    Map<String, PackageInfo> packages = new LinkedHashMap<>();
    packageFields.forEach((name, f) -> packages.put(name, new PackageInfo(name, f.getOrDefault("version", ""),
        relations(f.get("depends"), f.get("pre-depends"), f.get("requires")),
        relations(f.get("recommends")), words(f.get("provides")))));
    return new Release(info, units, links, packages, base);
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? "" : values.get(0);
  }

  /** {@code a (>= 1), b | c} → [[a], [b, c]] (versions and architecture qualifiers dropped). */
  static List<List<String>> relations(String... fields) {
    List<List<String>> out = new ArrayList<>();
    for (String field : fields) {
      if (field == null || field.isBlank()) {
        continue;
      }
      for (String clause : field.split(",")) {
        List<String> alternatives = new ArrayList<>();
        for (String alt : clause.split("\\|")) {
          String n = alt.replaceAll("\\(.*?\\)", "").replaceAll("\\[.*?]", "").replaceAll(":any$", "").trim();
          n = n.replaceAll(":\\S+$", "").trim();
          if (!n.isEmpty()) {
            alternatives.add(n);
          }
        }
        if (!alternatives.isEmpty()) {
          out.add(List.copyOf(alternatives));
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<String> words(String field) {
    if (field == null) {
      return List.of();
    }
    return Arrays.stream(field.split(",")).map(s -> s.replaceAll("\\(.*?\\)", "").trim()).filter(s -> !s.isEmpty())
        .toList();
  }
}
