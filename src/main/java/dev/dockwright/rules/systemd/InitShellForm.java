package dev.dockwright.rules.systemd;

import dev.dockwright.ast.CommandLine;
import dev.dockwright.ast.Instruction;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "DW2010",
    name = "init-shell-form",
    summary = "Start init with the exec form: `CMD [\"/sbin/init\"]`, not `CMD /sbin/init`",
    severity = Severity.WARNING,
    category = Category.SYSTEMD,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.SAFE)
public final class InitShellForm implements Rule {
  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.targets(context)) {
      if (!t.image().shellForm() || t.image().initCommand().isEmpty()) {
        continue;
      }
      Optional<Invocation> init = SystemdPack.initInvocation(context, t.image());
      Instruction command = t.image().initCommand().get();
      List<ShellScript> scripts = context.model().scripts(command);
      if (init.isEmpty() || scripts.isEmpty()) {
        continue;
      }
      boolean alone = scripts.get(0).invocations().size() == 1 && scripts.get(0).statements().size() == 1;
      if (!alone && !t.image().execed()) {
        continue; // init is not PID 1 at all: init-not-pid1
      }
      Word word = init.get().commandWord();
      if (!once.first(word.range())) {
        continue;
      }
      String shell = String.join(" ", context.model().context(command).shell());
      String message = "`" + command.kind().keyword() + " " + word.raw() + "` starts init through `" + shell
          + "`: it is PID 1 only because the shell happens to exec it, and Podman does not see a systemd image;"
          + " use the exec form";
      Optional<String> json = alone ? execForm(init.get()) : Optional.empty();
      Optional<CommandLine> line = command instanceof Instruction.Cmd c ? c.command()
          : ((Instruction.Entrypoint) command).command();
      if (json.isPresent() && line.isPresent()) {
        context.report(word.range(), message, Fix.safe("Write `" + command.kind().keyword() + " " + json.get() + "`",
            Edit.replace(line.get().range(), json.get())));
      } else {
        context.report(word.range(), message);
      }
    }
  }

  /** {@code ["/sbin/init", "--arg"]} when every word is literal and nothing else is on the line. */
  private static Optional<String> execForm(Invocation init) {
    if (!init.command().redirections().isEmpty() || !init.command().assignments().isEmpty()
        || init.wrappers().stream().anyMatch(w -> !w.name().equals("exec"))) {
      return Optional.empty();
    }
    List<String> args = new ArrayList<>();
    args.add(init.commandWord().literalValue().orElse(null));
    for (Word w : init.args()) {
      args.add(w.literalValue().orElse(null));
    }
    if (args.contains(null)) {
      return Optional.empty();
    }
    List<String> quoted = args.stream().map(a -> "\"" + a.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList();
    return Optional.of("[" + String.join(", ", quoted) + "]");
  }
}
