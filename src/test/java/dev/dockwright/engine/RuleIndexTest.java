package dev.dockwright.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.rule.Rule;
import dev.dockwright.rules.AllRules;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The build-time rule index says exactly what the annotations say, for every rule. */
class RuleIndexTest {
  @Test
  void theIndexInTheBuildMatchesEveryAnnotation() {
    Map<String, RuleIndex.Entry> index = RuleIndex.load();

    assertThat(index).as("the build writes %s (exec-maven-plugin, process-classes)", RuleIndex.RESOURCE)
        .hasSize(AllRules.create().size());
    for (Rule rule : AllRules.create()) {
      assertThat(index.get(rule.getClass().getName())).as(rule.getClass().getName())
          .isEqualTo(RuleIndex.fromAnnotation(rule.getClass()).orElseThrow());
    }
  }

  @Test
  void aLineRoundTrips() {
    RuleIndex.Entry e = RuleIndex.fromAnnotation(dev.dockwright.rules.run.ShellCheckScripts.class).orElseThrow();

    Map.Entry<String, RuleIndex.Entry> parsed = RuleIndex.Entry.parse(e.line("x.Y"));

    assertThat(parsed.getKey()).isEqualTo("x.Y");
    assertThat(parsed.getValue()).isEqualTo(e);
    assertThat(e.externalCodes()).isEqualTo("SC\\d{4}");
  }
}
