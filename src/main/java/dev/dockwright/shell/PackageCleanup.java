package dev.dockwright.shell;

import java.util.List;

/**
 * Whether a script cleans up after a package manager, so the layer does not keep its cache. Anywhere
 * in the same script counts (order is not checked):
 * <ul>
 *   <li>apt-get/apt/aptitude: a recursive rm of {@code /var/lib/apt/lists} (or its contents). {@code apt-get
 *       clean} alone does not count: Debian and Ubuntu images already drop downloaded archives through
 *       {@code docker-clean}, and it leaves the lists, which are the bulk.</li>
 *   <li>yum/dnf/microdnf: {@code yum clean all}, {@code dnf clean all}, {@code microdnf clean all}, or a
 *       recursive rm of {@code /var/cache/yum} or {@code /var/cache/dnf}.</li>
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
 */
final class PackageCleanup {
  private PackageCleanup() {}

  static boolean hasCleanup(ShellScript script, PackageManager manager) {
    List<PackageOperation> ops = script.packageOperations();
    List<RmInvocation> rms = script.rmTargets();
    return switch (manager) {
      case APT_GET, APT, APTITUDE -> removes(rms, "/var/lib/apt/lists");
      case YUM, DNF, MICRODNF -> ops.stream().anyMatch(o -> (o.manager() == PackageManager.YUM
              || o.manager() == PackageManager.DNF || o.manager() == PackageManager.MICRODNF)
              && o.verb() == PackageVerb.CLEAN && hasPositional(o, "all"))
          || removes(rms, "/var/cache/yum", "/var/cache/dnf");
      case APK -> allInstallsHave(ops, PackageManager.APK, "--no-cache")
          || hasVerb(ops, PackageManager.APK, PackageVerb.CLEAN)
          || removes(rms, "/var/cache/apk");
      case ZYPPER -> hasVerb(ops, PackageManager.ZYPPER, PackageVerb.CLEAN) || removes(rms, "/var/cache/zypp");
      case PIP -> allPipInstallsSkipCache(ops)
          || hasVerb(ops, PackageManager.PIP, PackageVerb.CLEAN)
          || removes(rms, "~/.cache/pip", "/root/.cache/pip");
      case PIPX -> false;
      case NPM -> hasVerb(ops, PackageManager.NPM, PackageVerb.CLEAN) || removes(rms, "~/.npm", "/root/.npm");
      case YARN -> hasVerb(ops, PackageManager.YARN, PackageVerb.CLEAN)
          || removes(rms, "/usr/local/share/.cache/yarn");
      case GEM -> removes(rms, "~/.gem", "/root/.gem", "/usr/local/bundle/cache");
      case GO -> ops.stream().anyMatch(o -> o.manager() == PackageManager.GO && o.verb() == PackageVerb.CLEAN
              && o.hasOption("-cache", "-modcache"))
          || removes(rms, "/root/.cache/go-build");
    };
  }

  private static boolean removes(List<RmInvocation> rms, String... directories) {
    for (RmInvocation rm : rms) {
      for (String directory : directories) {
        if (rm.removesDirectory(directory)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasVerb(List<PackageOperation> ops, PackageManager manager, PackageVerb verb) {
    return ops.stream().anyMatch(o -> o.manager() == manager && o.verb() == verb);
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
