package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Flag;
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
import dev.dockwright.semantic.Expansion;
import dev.dockwright.semantic.Stage;
import dev.dockwright.semantic.VariableReference;
import java.util.Optional;

@RuleInfo(
    id = "DW3008",
    name = "redundant-target-platform",
    summary = "`FROM --platform=$TARGETPLATFORM` is the default and can be dropped",
    severity = Severity.WARNING,
    category = Category.BASE_IMAGE,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.SAFE,
    aliases = {"DL3065", "RedundantTargetPlatform"})
public final class RedundantTargetPlatform implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      Optional<Flag> platform = stage.from().flag("platform");
      if (platform.isEmpty() || platform.get().value().isEmpty()) {
        continue;
      }
      String value = platform.get().value().get();
      Expansion e = context.model().expander().expandWord(value, context.model().globalScope());
      if (e.references().size() != 1 || e.failed()) {
        continue;
      }
      VariableReference ref = e.references().get(0);
      boolean whole = ref.span().start() == 0 && ref.span().end() == value.length();
      if (!ref.name().equals("TARGETPLATFORM") || !whole || !ref.span().of(value).matches("\\$\\{?TARGETPLATFORM}?")) {
        continue;
      }
      Flag flag = platform.get();
      Token next = stage.from().image().orElse(null);
      Fix fix = next == null ? null : Fix.safe("Remove `" + flag.token().text() + "`",
          new Edit(flag.range().startOffset(), next.range().startOffset(), ""));
      String message = "`--platform=" + value + "` is redundant: stages are built for the target platform by default";
      if (fix == null) {
        context.report(flag.range(), message);
      } else {
        context.report(flag.range(), message, fix);
      }
    }
  }
}
