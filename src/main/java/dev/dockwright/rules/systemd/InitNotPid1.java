package dev.dockwright.rules.systemd;

import dev.dockwright.ast.Argument;
import dev.dockwright.ast.CommandLine;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.SystemdAnalyzer;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Pipeline;
import dev.dockwright.shell.Statement;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "DW2011",
    name = "init-not-pid1",
    summary = "systemd must be PID 1: not under tini, dumb-init or supervisord, nor a child of `sh -c`",
    severity = Severity.ERROR,
    category = Category.SYSTEMD,
    fix = FixAvailability.SOMETIMES,
    fixSafety = {Applicability.SAFE, Applicability.UNSAFE})
public final class InitNotPid1 implements Rule {
  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.targets(context)) {
      Optional<String> wrapper = t.image().wrapper();
      Optional<SourceRange> initWord = t.image().gate().flatMap(e -> e.range());
      if (t.image().initCommand().isEmpty() || initWord.isEmpty()) {
        continue;
      }
      if (wrapper.isPresent() && SystemdAnalyzer.isInitWrapper(wrapper.get())) {
        processManager(context, t, wrapper.get(), once);
      } else if (!t.image().execed() && (wrapper.map(w -> w.endsWith(" -c")).orElse(false)
          || t.image().shellForm() && !runsAlone(context, t))) {
        shellParent(context, t, wrapper.orElse(String.join(" ", context.model().context(t.image().initCommand()
            .get()).shell())), once);
      }
    }
  }

  private static boolean runsAlone(RuleContext context, SystemdPack.Target t) {
    var scripts = context.model().scripts(t.image().initCommand().get());
    return !scripts.isEmpty() && scripts.get(0).invocations().size() == 1 && scripts.get(0).statements().size() == 1;
  }

  /** tini & co: report the wrapper where the file names it. */
  private static void processManager(RuleContext context, SystemdPack.Target t, String wrapper,
      SystemdPack.Once once) {
    Instruction init = t.image().initCommand().get();
    Optional<Instruction.Entrypoint> entrypoint = t.state().instructions().stream()
        .filter(i -> i instanceof Instruction.Entrypoint).map(i -> (Instruction.Entrypoint) i)
        .reduce((a, b) -> b);
    Instruction holder = init instanceof Instruction.Entrypoint ? init : entrypoint.orElse(null);
    if (holder == null || !(command(holder).orElse(null) instanceof CommandLine.ExecForm exec)
        || exec.args().isEmpty()) {
      return;
    }
    SourceRange at = exec.args().get(0).range();
    if (!once.first(at)) {
      return;
    }
    String message = "`" + wrapper + "` becomes PID 1 and runs init as its child, but systemd only boots as PID 1:"
        + " start init directly";
    boolean own = t.stage().instructions().contains(holder);
    if (own && holder == init) {
      List<Argument> args = exec.args();
      int from = 0;
      while (from < args.size() && !SystemdAnalyzer.isInitPath(args.get(from).value())) {
        from++;
      }
      String json = "[" + String.join(", ", args.subList(from, args.size()).stream()
          .map(a -> context.source().slice(a.range())).toList()) + "]";
      context.report(at, message, Fix.unsafe("Start init without `" + wrapper + "`",
          Edit.replace(exec.range(), json)));
    } else if (own && exec.args().stream().noneMatch(a -> SystemdAnalyzer.isInitPath(a.value()))) {
      context.report(at, message, Fix.unsafe("Remove the `" + wrapper + "` ENTRYPOINT",
          SystemdPack.deleteInstruction(context, holder)));
    } else {
      context.report(at, message);
    }
  }

  /** {@code sh -c "setup; /sbin/init"}: init is a child of the shell. */
  private static void shellParent(RuleContext context, SystemdPack.Target t, String shell, SystemdPack.Once once) {
    Optional<Invocation> init = SystemdPack.initInvocation(context, t.image());
    if (init.isEmpty() || !once.first(init.get().commandWord().range())) {
      return;
    }
    String message = "`" + shell + "` runs `" + init.get().commandWord().raw() + "` as its child, but systemd only"
        + " boots as PID 1: start it with `exec`";
    if (isLastCommand(init.get())) {
      context.report(init.get().commandWord().range(), message, Fix.safe("Start init with `exec`",
          Edit.insert(init.get().commandWord().range().startOffset(), "exec ")));
    } else {
      context.report(init.get().commandWord().range(), message);
    }
  }

  /** The last top-level command of its script, so {@code exec} before it changes nothing else. */
  private static boolean isLastCommand(Invocation init) {
    List<Statement> statements = init.script().statements();
    if (statements.isEmpty() || !init.wrappers().stream().allMatch(w -> w.name().endsWith(" -c"))) {
      return false;
    }
    var last = statements.get(statements.size() - 1).command();
    if (last instanceof Pipeline p && p.commands().size() == 1 && !p.negated()) {
      last = p.commands().get(0);
    }
    return last == init.command();
  }

  private static Optional<CommandLine> command(Instruction i) {
    if (i instanceof Instruction.Entrypoint e) {
      return e.command();
    }
    return i instanceof Instruction.Cmd c ? c.command() : Optional.empty();
  }
}
