package dev.dockwright.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.engine.Finding;
import dev.dockwright.engine.RuleDescriptor;
import dev.dockwright.engine.RuleRegistry;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.Settings;
import dev.dockwright.semantic.DockerIgnore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule is registered once with a unique id and name, is a stateless final class, has a test class and
 * a page in {@code rules/} with the standard sections, and the page's bad example triggers it while the good
 * one does not.
 */
class RuleRegistryTest {
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern ID = Pattern.compile("DW\\d{4}");
  private static final Pattern BLOCK = Pattern.compile("```dockerfile\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern IGNORE_BLOCK = Pattern.compile("```gitignore\\n(.*?)```", Pattern.DOTALL);

  static Stream<RuleDescriptor> rules() {
    return RuleRegistry.standard().all().stream();
  }

  @Test
  void idsNamesAndAliasesAreUnique() {
    Set<String> seen = new HashSet<>();
    for (RuleDescriptor d : RuleRegistry.standard().all()) {
      assertThat(seen.add(d.id().toLowerCase())).as("duplicate id %s", d.id()).isTrue();
      assertThat(seen.add(d.name())).as("duplicate name %s", d.name()).isTrue();
      for (String a : d.aliases()) {
        assertThat(seen.add(a.toLowerCase())).as("alias %s used twice", a).isTrue();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void ruleIsWellFormed(RuleDescriptor d) throws Exception {
    assertThat(d.id()).matches(ID);
    assertThat(d.name()).matches(KEBAB);
    assertThat(d.summary()).doesNotEndWith(".");
    Class<? extends Rule> type = d.rule().getClass();
    assertThat(java.lang.reflect.Modifier.isFinal(type.getModifiers())).as("%s is final", type).isTrue();
    for (var field : type.getDeclaredFields()) {
      assertThat(java.lang.reflect.Modifier.isStatic(field.getModifiers()) && java.lang.reflect.Modifier.isFinal(
          field.getModifiers())).as("%s.%s: rules keep no instance state", type.getSimpleName(), field.getName())
          .isTrue();
    }
    Class.forName(type.getName() + "Test");
  }

  /**
   * A rule's page lists, under {@code ## Options}, each option the rule declares as {@code dockwright rules}
   * describes it, and no other bulleted {@code `name` (type...)} entry.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void pageListsExactlyTheDeclaredOptions(RuleDescriptor d) throws IOException {
    String page = Files.readString(Path.of("rules", d.id() + "-" + d.name() + ".md"));
    int at = page.indexOf("\n## Options\n");
    String section = at < 0 ? "" : page.substring(at + 1, page.indexOf("\n## ", at + 1) < 0 ? page.length()
        : page.indexOf("\n## ", at + 1));
    List<String> listed = section.lines().filter(l -> l.matches("- `[a-z0-9-]+` \\(.*")).toList();
    assertThat(listed).as("%s: the options listed on its page", d.label())
        .containsExactlyElementsOf(d.options().stream().map(o -> "- " + o.describe()).toList());
    for (var o : d.options()) {
      assertThat(o.summary()).as("%s option %s", d.label(), o.name()).isNotBlank().doesNotEndWith(".");
      assertThat(o.typedDefault()).isNotNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void pageExistsAndItsExamplesBehave(RuleDescriptor d) throws IOException {
    Path page = Path.of("rules", d.id() + "-" + d.name() + ".md");
    assertThat(page).as("rule page").exists();
    String text = Files.readString(page);
    for (String section : List.of("## What it does", "## Why is this bad?", "## Example", "## Fix",
        "## References")) {
      assertThat(text).as("%s has %s", page, section).contains(section);
    }
    String example = text.substring(text.indexOf("## Example"));
    Matcher m = BLOCK.matcher(example);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).as("bad and good examples in %s", page).hasSizeGreaterThanOrEqualTo(2);
    if (d.ownsExternalCode("SC2086")) { // its examples need the real checker
      org.junit.jupiter.api.Assumptions.assumeTrue(dev.dockwright.shellcheck.ShellCheckRunner.onPath().isPresent(), "shellcheck is not on PATH: "
          + "install it (apt-get install shellcheck) to check the examples of " + d.label());
    }
    RuleTester tester = RuleTester.of(d.rule().getClass());
    Matcher ignore = IGNORE_BLOCK.matcher(example);
    if (ignore.find()) { // the page shows the build context's .dockerignore its examples are linted with
      tester = tester.with(Settings.defaults().withDockerignore(
          Optional.of(DockerIgnore.parse(".dockerignore", ignore.group(1)))));
    }
    List<Finding> bad = tester.findings(blocks.get(0)).stream().filter(f -> !f.suppressed()).toList();
    List<Finding> good = tester.findings(blocks.get(1)).stream().filter(f -> !f.suppressed()).toList();
    assertThat(bad).as("bad example of %s triggers it", d.label()).isNotEmpty();
    assertThat(good).as("good example of %s is clean", d.label()).isEmpty();
  }

  @Test
  void everyPageBelongsToARule() throws IOException {
    Set<String> expected = new HashSet<>();
    RuleRegistry.standard().all().forEach(d -> expected.add(d.id() + "-" + d.name() + ".md"));
    expected.add("compat.md"); // the differences from hadolint and BuildKit (CompatPageTest)
    try (Stream<Path> pages = Files.list(Path.of("rules"))) {
      assertThat(pages.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).toList())
          .allMatch(expected::contains, "page names a registered rule");
    }
  }
}
