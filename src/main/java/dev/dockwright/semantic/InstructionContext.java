package dev.dockwright.semantic;

import java.util.List;
import java.util.Optional;

/**
 * What is in effect when an instruction runs: its stage (empty for global ARGs before the first FROM), the
 * variables visible to it, the SHELL its shell-form commands run with, and the USER and WORKDIR set so far
 * in the stage (inherited from a parent stage; empty when only the base image knows).
 */
public record InstructionContext(
    Optional<Stage> stage,
    Scope scope,
    List<String> shell,
    Optional<String> user,
    Optional<String> workdir,
    boolean onbuildTrigger) {

  public InstructionContext {
    shell = List.copyOf(shell);
  }

  /** Whether shell-form commands run with a POSIX shell (sh, bash, dash, ash, zsh, ksh). */
  public boolean posixShell() {
    if (shell.isEmpty()) {
      return false;
    }
    String exe = shell.get(0);
    String base = exe.substring(exe.lastIndexOf('/') + 1);
    return List.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox").contains(base);
  }
}
