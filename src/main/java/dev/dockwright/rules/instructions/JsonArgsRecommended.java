package dev.dockwright.rules.instructions;

import dev.dockwright.ast.CommandLine;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.Instructions;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Stage;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SimpleCommand;
import dev.dockwright.shell.Statement;
import dev.dockwright.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "DW3022",
    name = "json-args-recommended",
    summary = "CMD, ENTRYPOINT and HEALTHCHECK CMD in shell form run under a shell (which, as PID 1, does not pass signals on)",
    severity = Severity.WARNING,
    category = Category.INSTRUCTIONS,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.UNSAFE,
    aliases = {"DL3025", "JSONArgsRecommended"})
public final class JsonArgsRecommended implements Rule {
  @Override
  public void check(RuleContext context) {
    // hadolint looks at neither SHELL nor ONBUILD triggers
    boolean compat = context.settings().hadolintCompat();
    for (Stage stage : context.model().stages()) {
      boolean shellSet = !compat && parentSetsShell(stage);
      for (Instruction i : stage.instructions()) {
        if (i instanceof Instruction.Shell && !compat) {
          shellSet = true;
        }
        if (!shellSet && !(compat && i instanceof Instruction.Onbuild)) {
          check(context, Instructions.effective(i));
        }
      }
    }
  }

  /** BuildKit skips this check once SHELL was set: the author chose the shell on purpose. */
  private static boolean parentSetsShell(Stage stage) {
    for (Optional<Stage> p = stage.parent(); p.isPresent(); p = p.get().parent()) {
      if (!p.get().instructions(Instruction.Shell.class).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static void check(RuleContext context, Instruction i) {
    Optional<CommandLine> command = i instanceof Instruction.Cmd c ? c.command()
        : i instanceof Instruction.Entrypoint e ? e.command()
        : i instanceof Instruction.Healthcheck h ? h.command() : Optional.empty();
    if (command.isEmpty() || !(command.get() instanceof CommandLine.ShellForm shell)) {
      return;
    }
    String kw = i instanceof Instruction.Healthcheck h
        ? i.keyword().text() + h.type().map(t -> " " + t.text()).orElse("") : i.keyword().text();
    String message = i instanceof Instruction.Healthcheck
        ? "shell-form " + kw + " runs as `/bin/sh -c \"...\"` at every check: the image needs a shell for it and"
            + " each probe starts one more process; use the JSON form `" + kw + " [\"executable\", \"arg\"]`"
        : "shell-form " + kw + " runs as `/bin/sh -c \"...\"`: the shell is PID 1 and does not pass SIGTERM on, so"
            + " `docker stop` waits and then kills; use the JSON form `" + kw + " [\"executable\", \"arg\"]`";
    Optional<String> json = context.model().context(i).posixShell() && !cmdBecomesArguments(context, i)
        ? jsonForm(context.model().scripts(i)) : Optional.empty();
    if (json.isPresent()) {
      context.report(shell.range(), message, Fix.unsafe("Rewrite as `" + kw + " " + json.get() + "`",
          Edit.replace(shell.range(), json.get())));
    } else {
      context.report(shell.range(), message);
    }
  }

  /**
   * Whether rewriting this ENTRYPOINT in exec form would hand a CMD of its stage to it as arguments: a
   * shell-form ENTRYPOINT ignores CMD, an exec-form one appends it ({@code ENTRYPOINT ["e"]} with
   * {@code CMD ["/sbin/init"]} runs {@code e /sbin/init}). A CMD inherited from the base is reset by the
   * ENTRYPOINT either way, so only the stage's own CMD counts.
   */
  private static boolean cmdBecomesArguments(RuleContext context, Instruction i) {
    return i instanceof Instruction.Entrypoint && context.model().stageOf(i)
        .filter(stage -> !stage.instructions(Instruction.Cmd.class).isEmpty()).isPresent();
  }

  /**
   * The JSON form of a shell command that is one simple command of literal words (no variables, globs,
   * redirections or operators): what the shell would have executed. A leading {@code exec} is dropped.
   */
  static Optional<String> jsonForm(List<ShellScript> scripts) {
    if (scripts.size() != 1 || !scripts.get(0).parsedCleanly() || scripts.get(0).statements().size() != 1) {
      return Optional.empty();
    }
    Statement statement = scripts.get(0).statements().get(0);
    if (statement.terminator().isPresent() || !(statement.command() instanceof SimpleCommand simple)
        || !simple.assignments().isEmpty() || !simple.redirections().isEmpty() || simple.words().isEmpty()) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    for (Word w : simple.words()) {
      if (w.hasGlob() || w.literalValue().isEmpty() || (!w.isQuoted() && w.raw().startsWith("~"))) {
        return Optional.empty();
      }
      values.add(w.literalValue().get());
    }
    if (values.get(0).equals("exec") && values.size() > 1) {
      values.remove(0);
    }
    StringBuilder sb = new StringBuilder("[");
    for (int k = 0; k < values.size(); k++) {
      sb.append(k == 0 ? "" : ", ").append(jsonString(values.get(k)));
    }
    return Optional.of(sb.append(']').toString());
  }

  static String jsonString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
