package dev.dockwright.shell;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which programs are shells: the one definition the parser of nested scripts, the model, the systemd pack and
 * the rules share. A POSIX-family shell runs a script the way {@code /bin/sh -c} does (zsh and the Korn shells
 * included: for what the rules read, they agree); {@code busybox} is a multi-call binary that runs the shell
 * its first argument names ({@code busybox sh -c}).
 */
public final class Shells {
  private static final Set<String> POSIX = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh");

  private Shells() {}

  /** Whether a program (a base name such as {@code bash}, or a path) is a POSIX-family shell. */
  public static boolean isPosix(String program) {
    return POSIX.contains(basename(program));
  }

  /**
   * Whether a command line starts a POSIX-family shell: its program is one, or {@code busybox} followed by
   * one ({@code ["busybox", "sh", "-c"]}).
   */
  public static boolean startsPosixShell(List<String> argv) {
    if (argv.isEmpty()) {
      return false;
    }
    String first = basename(argv.get(0));
    return POSIX.contains(first) || first.equals("busybox") && argv.size() > 1 && isPosix(argv.get(1));
  }

  private static String basename(String program) {
    return program.substring(program.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }
}
