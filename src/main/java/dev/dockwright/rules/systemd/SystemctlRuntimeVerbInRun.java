package dev.dockwright.rules.systemd;

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
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Option;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SystemctlInvocation;
import dev.dockwright.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "DW2014",
    name = "systemctl-runtime-verb-in-run",
    summary = "`systemctl start` and other verbs that need a running systemd fail in a RUN",
    severity = Severity.ERROR,
    category = Category.SYSTEMD,
    fix = FixAvailability.SOMETIMES,
    fixSafety = {Applicability.SAFE, Applicability.UNSAFE})
public final class SystemctlRuntimeVerbInRun implements Rule {
  /** Verbs systemctl carries out on the unit files alone, without a running manager. */
  private static final Set<String> OFFLINE = Set.of("enable", "disable", "reenable", "mask", "unmask", "preset",
      "preset-all", "set-default", "get-default", "is-enabled", "link", "add-wants", "add-requires", "cat",
      "list-unit-files", "revert", "help");
  private static final Set<String> STARTS = Set.of("start", "restart", "reload", "try-restart",
      "reload-or-restart", "try-reload-or-restart", "isolate");
  private static final Set<String> SERVICE_VERBS = Set.of("start", "stop", "restart", "reload", "force-reload",
      "try-restart", "condrestart", "status");

  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.targets(context)) {
      List<Instruction> runs = new ArrayList<>(t.state().instructions());
      runs.addAll(t.stage().onbuildTriggers());
      for (Instruction run : runs) {
        if (!(run instanceof Instruction.Run)) {
          continue;
        }
        for (ShellScript script : context.model().scripts(run)) {
          for (SystemctlInvocation sc : script.systemctlInvocations()) {
            systemctl(context, sc, once);
          }
          for (Invocation inv : script.invocationsOf("service")) {
            Optional<String> verb = inv.positionalValue(1);
            if (verb.isPresent() && SERVICE_VERBS.contains(verb.get())
                && once.first(inv.positionals().get(1).range())) {
              context.report(inv.positionals().get(1).range(), "`service " + inv.positionalValue(0).orElse("...")
                  + " " + verb.get() + "` needs a running init, which a build does not have: it fails"
                  + masked(inv) + "; enable the unit at build time instead");
            }
          }
        }
      }
    }
  }

  private static void systemctl(RuleContext context, SystemctlInvocation sc, SystemdPack.Once once) {
    if (sc.verb().isEmpty() || sc.verbWord().isEmpty()) {
      return;
    }
    Invocation inv = sc.invocation();
    if (OFFLINE.contains(sc.verb())) {
      Optional<Option> now = inv.option("--now");
      if (now.isPresent() && once.first(now.get().range())) {
        context.report(now.get().range(), "`systemctl " + sc.verb() + " --now` also starts or stops the unit, which"
            + " needs a running systemd: it fails (\"System has not been booted with systemd\")" + masked(inv)
            + "; drop `--now`", Fix.safe("Remove `--now`", removeWord(context, now.get().word())));
      }
      return;
    }
    Word verb = sc.verbWord().get();
    if (!once.first(verb.range())) {
      return;
    }
    boolean starts = STARTS.contains(sc.verb());
    String message = "`systemctl " + sc.verb() + "` needs a running systemd, which a build does not have: it fails"
        + " (\"System has not been booted with systemd\")" + masked(inv) + (starts
        ? "; enable the unit at build time instead"
        : "; drop it: systemd reads the unit files when the container boots");
    if ((sc.verb().equals("start") || sc.verb().equals("restart")) && !sc.units().isEmpty()) {
      context.report(verb.range(), message, Fix.unsafe("Enable instead", Edit.replace(verb.range(), "enable")));
    } else {
      context.report(verb.range(), message);
    }
  }

  private static String masked(Invocation inv) {
    return inv.failureMasked() ? ", and `|| true` hides that, so the build passes and nothing ran" : "";
  }

  /** The word and the blanks after it (or before it, at the end of the command). */
  private static Edit removeWord(RuleContext context, Word word) {
    String text = context.source().text();
    SourceRange r = word.range();
    int end = r.endOffset();
    while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
      end++;
    }
    if (end > r.endOffset()) {
      return new Edit(r.startOffset(), end, "");
    }
    int start = r.startOffset();
    while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
      start--;
    }
    return new Edit(start, r.endOffset(), "");
  }
}
