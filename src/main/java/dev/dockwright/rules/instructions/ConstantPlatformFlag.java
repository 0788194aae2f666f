package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Flag;
import dev.dockwright.ast.Instruction;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Expansion;
import dev.dockwright.semantic.Stage;
import java.util.Locale;
import java.util.Optional;

@RuleInfo(
    id = "DW3007",
    name = "constant-platform-flag",
    summary = "`FROM --platform` is a constant instead of `$BUILDPLATFORM`, `$TARGETPLATFORM` or a build argument",
    severity = Severity.WARNING,
    category = Category.BASE_IMAGE,
    aliases = {"DL3029", "FromPlatformFlagConstDisallowed"})
public final class ConstantPlatformFlag implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      Instruction.From from = stage.from();
      Optional<Flag> platform = from.flag("platform");
      if (platform.isEmpty() || platform.get().value().isEmpty()) {
        continue;
      }
      String value = platform.get().value().get();
      if (context.settings().hadolintCompat()) { // hadolint's DL3029: only the two automatic platforms are fine
        if (!value.contains("BUILDPLATFORM") && !value.contains("TARGETPLATFORM")) {
          context.report(platform.get().valueToken().orElse(platform.get().token()).range(), "`--platform=" + value
              + "` pins this stage: hadolint's DL3029 accepts only `$BUILDPLATFORM` and `$TARGETPLATFORM`"
              + " (compat: hadolint)");
        }
        continue;
      }
      Expansion e = context.model().expander().expandWord(value, context.model().globalScope());
      if (!e.references().isEmpty() || e.failed() || value.isBlank()) {
        continue;
      }
      String[] parts = value.toLowerCase(Locale.ROOT).split("/");
      String name = stage.name().orElse("");
      boolean named = false;
      for (int k = 0; k < Math.min(2, parts.length); k++) {
        named |= !parts[k].isEmpty() && name.contains(parts[k]);
      }
      if (named) {
        continue; // BuildKit's exception: a stage named for its platform (`build-arm64`) is meant to be pinned
      }
      context.report(platform.get().valueToken().orElse(platform.get().token()).range(),
          "`--platform=" + value + "` pins this stage to one platform, so building for any other target gives the"
              + " wrong image: use `$BUILDPLATFORM` (build tools) or `$TARGETPLATFORM`, or drop the flag");
    }
  }
}
