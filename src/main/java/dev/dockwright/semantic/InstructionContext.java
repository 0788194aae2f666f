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

  /** Whether shell-form commands run with a POSIX-family shell ({@link dev.dockwright.shell.Shells}). */
  public boolean posixShell() {
    return dev.dockwright.shell.Shells.startsPosixShell(shell);
  }
}
