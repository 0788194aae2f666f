package dev.dockwright.ast;

import java.util.List;

/** The command of RUN, CMD, ENTRYPOINT, SHELL and HEALTHCHECK CMD: a JSON array or a shell string. */
public sealed interface CommandLine {
  SourceRange range();

  /** {@code ["executable", "arg"]}: run without a shell. */
  record ExecForm(List<Argument> args, SourceRange range) implements CommandLine {
    public ExecForm {
      args = List.copyOf(args);
    }
  }

  /** Shell form: the script text (joined across continuations, with its offset map). */
  record ShellForm(LogicalText script, SourceRange range) implements CommandLine {
    public String text() {
      return script.text();
    }
  }
}
