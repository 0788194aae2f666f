package dev.dockwright.semantic;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The program that runs one script of an instruction, as BuildKit starts it: the stage's SHELL for a
 * shell-form command and for a lone {@code RUN <<EOF} body, the command reading the body for
 * {@code RUN <<EOF bash -e}, the {@code #!} line of a body that starts with one, nothing for exec form.
 *
 * @param argv the interpreter and its options as written ({@code ["/bin/bash", "-o", "pipefail", "-c"]},
 *     {@code ["/usr/bin/env", "bash"]}); empty for exec form
 */
public record ScriptInterpreter(Source source, List<String> argv) {

  /** Where the interpreter comes from. */
  public enum Source {
    /** The stage's SHELL (or the default {@code /bin/sh -c}). */
    SHELL_INSTRUCTION,
    /** The command of {@code RUN <<EOF command}, which reads the body on standard input. */
    COMMAND,
    /** The body's own {@code #!} line: BuildKit runs it as an executable file. */
    SHEBANG,
    /** Exec form: no shell runs it. */
    NONE
  }

  public ScriptInterpreter {
    argv = List.copyOf(argv);
  }

  static ScriptInterpreter none() {
    return new ScriptInterpreter(Source.NONE, List.of());
  }

  /** The interpreter of a {@code #!} line ({@code #!/usr/bin/env bash -e} splits into its words). */
  static ScriptInterpreter shebang(String firstLine) {
    String rest = firstLine.substring(2).strip();
    return new ScriptInterpreter(Source.SHEBANG, rest.isEmpty() ? List.of() : List.of(rest.split("[ \t]+")));
  }

  /**
   * The program's base name, looking through {@code env} and {@code busybox} ({@code /usr/bin/env bash} is
   * {@code bash}, {@code busybox sh} is {@code sh}); empty for exec form.
   */
  public Optional<String> name() {
    int i = 0;
    while (i < argv.size()) {
      String base = basename(argv.get(i));
      if ((base.equals("env") || base.equals("busybox")) && i + 1 < argv.size()) {
        i++;
        while (i < argv.size() && argv.get(i).startsWith("-")) {
          i++;
        }
        continue;
      }
      return Optional.of(base.toLowerCase(Locale.ROOT));
    }
    return Optional.empty();
  }

  /** Whether a POSIX-family shell runs the script (not PowerShell, cmd, python ...). */
  public boolean isPosixShell() {
    return name().map(dev.dockwright.shell.Shells::isPosix).orElse(false);
  }

  /** Whether the interpreter starts with {@code pipefail} on ({@code bash -o pipefail -c}, {@code -eo pipefail}). */
  public boolean startsWithPipefail() {
    for (int i = 1; i + 1 < argv.size(); i++) {
      String a = argv.get(i);
      if (a.startsWith("-") && !a.startsWith("--") && a.endsWith("o") && argv.get(i + 1).equals("pipefail")) {
        return true;
      }
    }
    return false;
  }

  private static String basename(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
