package dev.dockwright.rules.run;

import dev.dockwright.ast.Instruction;
import dev.dockwright.semantic.DockerfileModel;
import dev.dockwright.semantic.MountSpec;

/**
 * {@code RUN --mount=type=cache} (or {@code tmpfs}) on a directory keeps what is written there out of the
 * layer, which makes cleaning it up pointless.
 */
final class CacheMounts {
  private CacheMounts() {}

  /** Whether a cache or tmpfs mount of the RUN is {@code directory} itself or one of its parents (not {@code /}). */
  static boolean covers(DockerfileModel model, Instruction run, String... directories) {
    for (MountSpec mount : model.mounts(run)) {
      if (!mount.type().equals("cache") && !mount.type().equals("tmpfs")) {
        continue;
      }
      String target = mount.target().map(CacheMounts::normalize).orElse("");
      if (target.isEmpty() || target.equals("/")) {
        continue;
      }
      for (String directory : directories) {
        String d = normalize(directory);
        if (d.equals(target) || d.startsWith(target + "/")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a cache or tmpfs mount's target ends with one of these path suffixes ({@code /.cache/pip}). */
  static boolean coversSuffix(DockerfileModel model, Instruction run, String... suffixes) {
    for (MountSpec mount : model.mounts(run)) {
      if (!mount.type().equals("cache") && !mount.type().equals("tmpfs")) {
        continue;
      }
      String target = mount.target().map(CacheMounts::normalize).orElse("");
      for (String suffix : suffixes) {
        if (target.endsWith(suffix)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String normalize(String path) {
    String p = path.strip();
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
