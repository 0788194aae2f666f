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
    id = "DW3005",
    name = "latest-tag",
    summary = "The base image uses the `latest` tag",
    severity = Severity.WARNING,
    category = Category.BASE_IMAGE,
    aliases = {"DL3007"})
public final class LatestTag implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      BaseImage base = stage.base();
      if (stage.parent().isPresent() || stage.from().image().isEmpty() || !base.isKnown()) {
        continue;
      }
      ImageReference ref = ImageReference.parse(base.expansion().value());
      if (!ref.valid() || !"latest".equals(ref.tag()) || ref.digest() != null) {
        continue;
      }
      Token image = stage.from().image().get();
      context.report(Words.locateInValue(image, ref.tagSpan(), context.ast().escape()),
          "`" + ref.text() + "` uses the `latest` tag" + Words.resolution(image.text(), base.expansion())
              + ": it changes whenever a new version is pushed; pin a version such as `"
              + ref.familiarName() + ":<version>`");
    }
  }
}
