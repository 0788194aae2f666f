package dev.dockwright.rules.run;

import dev.dockwright.ast.Instruction;
import dev.dockwright.semantic.DockerfileModel;
import dev.dockwright.semantic.MountSpec;
import dev.dockwright.shell.Invocation;
import java.util.Set;

/**
 * How hadolint reads a command, for the rules that give hadolint's verdict under {@code compat: hadolint}
 * where they differ from it on purpose (rules/compat.md lists each place).
 */
final class Hadolint {
  private Hadolint() {}

  /** hadolint's {@code cmdHasArgs}: one of the command's words, options included, is one of {@code words}. */
  static boolean hasArg(Invocation inv, Set<String> words) {
    return inv.args().stream().anyMatch(w -> w.literalValue().map(words::contains).orElse(false));
  }

  /** {@link #hasArg} for a command of this name. */
  static boolean hasArg(Invocation inv, String name, Set<String> words) {
    return inv.name().equals(name) && hasArg(inv, words);
  }

  /** hadolint's {@code hasCacheOrTmpfsMountWith}: a cache or tmpfs mount whose target contains {@code fragment}. */
  static boolean mountWith(DockerfileModel model, Instruction run, String fragment) {
    for (MountSpec mount : model.mounts(run)) {
      if ((mount.type().equals("cache") || mount.type().equals("tmpfs"))
          && mount.target().map(t -> t.contains(fragment)).orElse(false)) {
        return true;
      }
    }
    return false;
  }
}
