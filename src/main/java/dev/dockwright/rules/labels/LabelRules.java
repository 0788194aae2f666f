package dev.dockwright.rules.labels;

import dev.dockwright.rule.Rule;
import java.util.List;

/** Label rules (DW5xxx), registered through the instruction pack's list. */
public final class LabelRules {
  private LabelRules() {}

  public static List<Rule> create() {
    return List.of(
        new InvalidLabelKey(),
        new MissingLabel(),
        new SuperfluousLabel(),
        new EmptyLabel(),
        new LabelNotUrl(),
        new LabelNotRfc3339(),
        new LabelNotSpdx(),
        new LabelNotGitHash(),
        new LabelNotSemver(),
        new LabelNotEmail());
  }
}
