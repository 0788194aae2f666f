package dev.dockwright.rules.systemd;

import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.ImageState;
import java.util.Optional;

@RuleInfo(
    id = "DW2008",
    name = "empty-container-env",
    summary = "`container=` set empty tells systemd it is not in a container",
    severity = Severity.WARNING,
    category = Category.SYSTEMD,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.SAFE)
public final class EmptyContainerEnv implements Rule {
  @Override
  public void check(RuleContext context) {
    SystemdPack.Once once = new SystemdPack.Once();
    for (SystemdPack.Target t : SystemdPack.targets(context)) {
      Optional<ImageState.ContainerEnv> env = t.state().containerEnv();
      if (env.isEmpty() || !env.get().value().map(String::isEmpty).orElse(false)
          || !once.first(env.get().pair().range())) {
        continue;
      }
      context.report(env.get().pair().range(), "`container` is set empty, which tells systemd it is not in a"
          + " container: it then starts units meant for a real machine",
          Fix.safe("Set `container=docker`", Edit.replace(env.get().pair().range(), "container=docker")));
    }
  }
}
