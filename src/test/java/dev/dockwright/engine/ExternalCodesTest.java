package dev.dockwright.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.ast.Instruction;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Settings;
import dev.dockwright.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings of a rule that wraps an external checker carry the checker's code and level. */
class ExternalCodesTest {

  @RuleInfo(id = "DW9990", name = "fake-checker", summary = "Reports XY12 on every RUN", severity = Severity.WARNING,
      category = Category.SHELL, externalCodes = "XY\\d{2}")
  public static final class FakeChecker implements Rule {
    @Override
    public void check(RuleContext context) {
      for (Instruction i : context.ast().instructions()) {
        if (i instanceof Instruction.Run) {
          context.reportExternal("XY12", Severity.INFO, i.keyword().range(), "XY12: something", null);
        }
      }
    }
  }

  private static final RuleRegistry REGISTRY = new RuleRegistry(List.of(new FakeChecker()));

  private static List<Finding> lint(RuleSelection selection, String text) {
    return new Linter(REGISTRY, selection, Settings.defaults(), true, t -> {
      throw new AssertionError(t);
    }).lintText("Dockerfile", text).findings();
  }

  @Test
  void theCheckersLevelAndCodeAreKept() {
    List<Finding> f = lint(RuleSelection.defaults(REGISTRY), "FROM a\nRUN x\n");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.INFO);
      assertThat(x.code()).contains("XY12");
      assertThat(x.displayCode()).isEqualTo("XY12");
    });
  }

  @Test
  void aConfiguredRuleSeverityWins() {
    RuleSelection s = RuleSelection.builder(REGISTRY).override("fake-checker", "error").build();
    assertThat(lint(s, "FROM a\nRUN x\n")).singleElement().satisfies(x ->
        assertThat(x.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void pragmasNameTheCode() {
    List<Finding> f = lint(RuleSelection.defaults(REGISTRY),
        "FROM a\n# hadolint ignore=XY12\nRUN x\n# dockwright ignore=XY99\nRUN y\n# hadolint ignore=fake-checker\nRUN z\n");
    assertThat(f).extracting(Finding::suppressed).containsExactly(true, false, true);
  }

  @Test
  void ignoreListsNameTheCode() {
    RuleSelection.Builder b = RuleSelection.builder(REGISTRY).ignore(List.of("XY12", "XY13"));
    RuleSelection s = b.build();
    assertThat(b.unknown()).isEmpty();
    assertThat(s.ignoresExternalCode("xy13")).isTrue();
    assertThat(lint(s, "FROM a\nRUN x\n")).isEmpty();
    assertThat(REGISTRY.ownerOfExternalCode("XY12")).isPresent();
    assertThat(REGISTRY.ownerOfExternalCode("XY123")).isEmpty();
  }
}
