package dev.dockwright.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a script cleans up after a package manager, so the layer does not keep its cache:
 * <ul>
 *   <li>apt-get/apt/aptitude: a recursive rm of {@code /var/lib/apt/lists} (or its contents). {@code apt-get
 *       clean} alone does not count: Debian and Ubuntu images already drop downloaded archives through
 *       {@code docker-clean}, and it leaves the lists, which are the bulk.</li>
 *   <li>yum and dnf: {@code yum clean all} or {@code dnf clean all} (yum is dnf since RHEL 8), or a recursive rm
 *       of {@code /var/cache/yum}, {@code /var/cache/dnf} or dnf 5's {@code /var/cache/libdnf5}.</li>
 *   <li>microdnf: {@code microdnf clean all}, or a recursive rm of {@code /var/cache/yum} (microdnf 3) or
 *       {@code /var/cache/libdnf5} (the dnf 5 that provides microdnf).</li>
 *   <li>apk: every {@code apk add} uses {@code --no-cache}, or {@code apk cache clean/purge}, or a recursive
 *       rm of {@code /var/cache/apk}.</li>
 *   <li>zypper: {@code zypper clean}/{@code cc}, or a recursive rm of {@code /var/cache/zypp}.</li>
 *   <li>pip: every install uses {@code --no-cache-dir} (or runs with {@code PIP_NO_CACHE_DIR=...} set on the
 *       command), or {@code pip cache purge}, or a recursive rm of {@code ~/.cache/pip} / {@code
 *       /root/.cache/pip}.</li>
 *   <li>npm: {@code npm cache clean}, or a recursive rm of {@code ~/.npm} / {@code /root/.npm}.</li>
 *   <li>yarn: {@code yarn cache clean}, or a recursive rm of {@code /usr/local/share/.cache/yarn}.</li>
 *   <li>gem: a recursive rm of {@code ~/.gem}, {@code /root/.gem} or {@code /usr/local/bundle/cache}.</li>
 *   <li>go: {@code go clean -cache} or {@code -modcache}, or a recursive rm of {@code /root/.cache/go-build}.</li>
 * </ul>
 * {@link #hasCleanup} looks at the whole script; {@link #cleanupCommands} gives the commands in source order,
 * for rules that need the clean-up to come after what fills the cache.
 */
final class PackageCleanup {
  private PackageCleanup() {}

  static boolean hasCleanup(ShellScript script, PackageManager manager) {
    List<PackageOperation> ops = script.packageOperations();
    return !cleanupCommands(script, manager).isEmpty()
        || manager == PackageManager.APK && allInstallsHave(ops, PackageManager.APK, "--no-cache")
        || manager == PackageManager.PIP && allPipInstallsSkipCache(ops);
  }

  /** The commands of the script that clean up after {@code manager}, in source order. */
  static List<Invocation> cleanupCommands(ShellScript script, PackageManager manager) {
    List<Invocation> out = new ArrayList<>();
    for (PackageOperation o : script.packageOperations()) {
      if (cleans(o, manager)) {
        out.add(o.invocation());
      }
    }
    for (RmInvocation rm : script.rmTargets()) {
      if (Arrays.stream(cacheDirectories(manager)).anyMatch(rm::removesDirectory)) {
        out.add(rm.invocation());
      }
    }
    out.sort(Comparator.comparingInt(i -> i.range().startOffset()));
    return List.copyOf(out);
  }

  private static boolean cleans(PackageOperation o, PackageManager manager) {
    if (o.verb() != PackageVerb.CLEAN) {
      return false;
    }
    return switch (manager) {
      case APT_GET, APT, APTITUDE, GEM -> false;
      case YUM, DNF -> (o.manager() == PackageManager.YUM || o.manager() == PackageManager.DNF)
          && hasPositional(o, "all");
      case MICRODNF -> o.manager() == PackageManager.MICRODNF && hasPositional(o, "all");
      case GO -> o.manager() == PackageManager.GO && o.hasOption("-cache", "-modcache");
      default -> o.manager() == manager;
    };
  }

  private static String[] cacheDirectories(PackageManager manager) {
    return switch (manager) {
      case APT_GET, APT, APTITUDE -> new String[] {"/var/lib/apt/lists"};
      case YUM, DNF -> new String[] {"/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5"};
      case MICRODNF -> new String[] {"/var/cache/yum", "/var/cache/libdnf5"};
      case APK -> new String[] {"/var/cache/apk"};
      case ZYPPER -> new String[] {"/var/cache/zypp"};
      case PIP -> new String[] {"~/.cache/pip", "/root/.cache/pip"};
      case NPM -> new String[] {"~/.npm", "/root/.npm"};
      case YARN -> new String[] {"/usr/local/share/.cache/yarn"};
      case GEM -> new String[] {"~/.gem", "/root/.gem", "/usr/local/bundle/cache"};
      case GO -> new String[] {"/root/.cache/go-build"};
      case PIPX -> new String[0];
    };
  }

  private static boolean hasPositional(PackageOperation op, String value) {
    return op.invocation().positionals().stream().anyMatch(w -> w.isLiteral(value));
  }

  private static boolean allInstallsHave(List<PackageOperation> ops, PackageManager manager, String flag) {
    List<PackageOperation> installs = ops.stream()
        .filter(o -> o.manager() == manager && o.verb() == PackageVerb.INSTALL).toList();
    return !installs.isEmpty() && installs.stream().allMatch(o -> o.hasOption(flag));
  }

  private static boolean allPipInstallsSkipCache(List<PackageOperation> ops) {
    List<PackageOperation> installs = ops.stream()
        .filter(o -> o.manager() == PackageManager.PIP && o.verb() == PackageVerb.INSTALL).toList();
    return !installs.isEmpty() && installs.stream().allMatch(o -> o.hasOption("--no-cache-dir")
        || o.invocation().command().assignments().stream().anyMatch(a -> a.name().equals("PIP_NO_CACHE_DIR")));
  }
}
