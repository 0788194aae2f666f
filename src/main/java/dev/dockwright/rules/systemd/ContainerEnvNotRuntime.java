package dev.dockwright.rules.systemd;

import dev.dockwright.ast.ArgDeclaration;
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
import dev.dockwright.semantic.SystemdUnits;

@RuleInfo(
    id = "DW2009",
    name = "container-env-not-runtime",
    summary = "`ARG container` or `export container=` in a RUN never reaches systemd: use ENV",
    severity = Severity.WARNING,
    category = Category.SYSTEMD,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.UNSAFE)
public final class ContainerEnvNotRuntime implements Rule {
  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.targets(context)) {
      if (t.state().containerEnv().isPresent()) {
        continue;
      }
      for (Instruction.Arg arg : t.state().containerArgs()) {
        for (ArgDeclaration d : arg.declarations()) {
          if (!d.name().text().equals("container") || !once.first(d.range())) {
            continue;
          }
          String message = "`ARG container` is a build-time variable: systemd, PID 1 of the running container,"
              + " never sees it; use `ENV container=docker`";
          boolean own = t.state().chain().stream().anyMatch(s -> s.instructions().contains(arg));
          if (arg.declarations().size() == 1 && own) {
            String value = d.defaultValue().map(v -> v.text()).filter(v -> !v.isEmpty()).orElse("docker");
            context.report(d.range(), message, Fix.unsafe("Replace with `ENV container=" + value + "`",
                Edit.replace(arg.range(), "ENV container=" + value)));
          } else {
            context.report(d.range(), message);
          }
        }
      }
      for (SystemdUnits.Operation op : t.state().operations()) {
        if (op instanceof SystemdUnits.ContainerVariable v && once.first(v.range())) {
          context.report(v.range(), "`container` set in a RUN is gone when the RUN ends: systemd, PID 1 of the"
              + " running container, never sees it; use `ENV container=docker`");
        }
      }
    }
  }
}
