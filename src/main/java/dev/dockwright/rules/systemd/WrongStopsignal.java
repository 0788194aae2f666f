package dev.dockwright.rules.systemd;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.Token;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "DW2006",
    name = "wrong-stopsignal",
    summary = "The STOPSIGNAL of a systemd image should be `SIGRTMIN+3`",
    severity = Severity.ERROR,
    category = Category.SYSTEMD,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.SAFE)
public final class WrongStopsignal implements Rule {
  /** SIGRTMIN+3 is systemd's halt request; SIGRTMIN+4 powers off, which is the same in a container. */
  private static final Set<String> ACCEPTED = Set.of("SIGRTMIN+3", "RTMIN+3", "SIGRTMIN+4", "RTMIN+4");

  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.targets(context)) {
      Optional<Instruction.Stopsignal> stop = t.state().stopSignal();
      if (stop.isEmpty()) {
        continue;
      }
      Token value = stop.get().value().get();
      Optional<String> expanded = context.model().expand(stop.get(), value.text()).knownValue();
      if (expanded.isEmpty()) {
        continue;
      }
      String v = expanded.get().toUpperCase(Locale.ROOT);
      if (ACCEPTED.contains(v) || v.equals("37") && !context.ast().commentsAbove(stop.get()).isEmpty()) {
        continue;
      }
      if (!once.first(value.range())) {
        continue;
      }
      context.report(value.range(), "`STOPSIGNAL " + expanded.get() + "` " + effect(v),
          Fix.safe("Use `SIGRTMIN+3`", Edit.replace(value.range(), "SIGRTMIN+3")));
    }
  }

  private static String effect(String signal) {
    String s = signal.startsWith("SIG") ? signal.substring(3) : signal;
    return switch (s) {
      case "TERM", "15" -> "makes systemd re-execute itself instead of shutting down: it is killed after the stop"
          + " timeout";
      case "INT", "2" -> "is ctrl-alt-del to systemd: it starts `ctrl-alt-del.target` and reboots instead of"
          + " shutting down";
      case "KILL", "9" -> "kills systemd outright: no unit is stopped, no `ExecStop` runs";
      case "37" -> "is SIGRTMIN+3 only with glibc's numbering: write `SIGRTMIN+3`, or say why in a comment above";
      default -> "does not shut systemd down: it halts on SIGRTMIN+3";
    };
  }
}
