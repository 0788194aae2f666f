package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Token;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.BaseImage;
import dev.dockwright.semantic.ImageReference;
import dev.dockwright.semantic.Stage;

@RuleInfo(
    id = "DW3004",
    name = "untagged-base-image",
    summary = "The base image has neither a tag nor a digest",
    severity = Severity.WARNING,
    category = Category.BASE_IMAGE,
    aliases = {"DL3006"})
public final class UntaggedBaseImage implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      BaseImage base = stage.base();
      if (stage.parent().isPresent() || stage.from().image().isEmpty() || !base.isKnown()) {
        continue;
      }
      ImageReference ref = ImageReference.parse(base.expansion().value());
      if (!ref.valid() || ref.isScratch() || ref.tag() != null || ref.digest() != null) {
        continue;
      }
      Token image = stage.from().image().get();
      context.report(image.range(), "`" + ref.text() + "` has no tag" + Words.resolution(image.text(),
          base.expansion()) + ": pin a version, e.g. `" + ref.text() + ":<version>`, so rebuilds use the same image");
    }
  }
}
