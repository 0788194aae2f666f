package dev.dockwright.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.engine.Finding;
import dev.dockwright.engine.RuleDescriptor;
import dev.dockwright.engine.RuleRegistry;
import dev.dockwright.rule.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code rules/compat.md}: one entry per rule that differs from hadolint or BuildKit on purpose, linked from that
 * rule's page; an entry marked switched has an example on which the rule's verdict by default and under
 * {@code compat: hadolint} differ.
 */
class CompatPageTest {
  private static final Path PAGE = Path.of("rules", "compat.md");
  private static final Pattern ENTRY = Pattern.compile("^### (DW\\d{4}) ([a-z0-9-]+) \\(.*\\) — (switched|not switched)$",
      Pattern.MULTILINE);
  private static final Pattern BLOCK = Pattern.compile("```dockerfile\\n(.*?)```", Pattern.DOTALL);

  /** One {@code ###} entry. */
  record Entry(String id, String name, boolean switched, String body) {
    @Override
    public String toString() {
      return id + " " + name;
    }
  }

  static List<Entry> entries() throws IOException {
    String text = Files.readString(PAGE);
    Matcher m = ENTRY.matcher(text);
    List<int[]> starts = new ArrayList<>();
    List<Entry> out = new ArrayList<>();
    List<String[]> heads = new ArrayList<>();
    while (m.find()) {
      starts.add(new int[] {m.start(), m.end()});
      heads.add(new String[] {m.group(1), m.group(2), m.group(3)});
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
      String[] h = heads.get(i);
      out.add(new Entry(h[0], h[1], h[2].equals("switched"), text.substring(starts.get(i)[1], end)));
    }
    return out;
  }

  @Test
  void everyEntryIsARuleAndEveryHeadingAnEntry() throws IOException {
    long headings = Files.readString(PAGE).lines().filter(l -> l.startsWith("### ")).count();
    assertThat(entries()).hasSize((int) headings).isNotEmpty();
    for (Entry e : entries()) {
      List<RuleDescriptor> rule = RuleRegistry.standard().findAll(e.id());
      assertThat(rule).as("%s names a rule", e).singleElement().extracting(RuleDescriptor::name).isEqualTo(e.name());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void theRulePageLinksToItsEntry(Entry e) throws IOException {
    String page = Files.readString(Path.of("rules", e.id() + "-" + e.name() + ".md"));
    assertThat(page).as("rules/%s-%s.md links to compat.md", e.id(), e.name()).contains("(compat.md#");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void aSwitchedEntrysExampleIsReportedOnlyUnderCompat(Entry e) {
    if (!e.switched()) {
      return;
    }
    Matcher m = BLOCK.matcher(e.body());
    assertThat(m.find()).as("%s has a dockerfile example", e).isTrue();
    RuleDescriptor d = RuleRegistry.standard().findAll(e.id()).get(0);
    RuleTester tester = RuleTester.of(d.rule().getClass());
    List<Finding> plain = tester.findings(m.group(1)).stream().filter(f -> !f.suppressed()).toList();
    List<Finding> compat = tester.with(Settings.defaults().withHadolintCompat(true)).findings(m.group(1)).stream()
        .filter(f -> !f.suppressed()).toList();
    assertThat(plain.isEmpty()).as("%s's example: reported by default %s, under compat: hadolint %s", e, plain, compat)
        .isNotEqualTo(compat.isEmpty());
  }
}
