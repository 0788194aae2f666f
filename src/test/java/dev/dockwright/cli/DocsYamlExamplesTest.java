package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.dockwright.config.ConfigLoader;
import dev.dockwright.config.DockwrightConfig;
import dev.dockwright.engine.ConfigRules;
import dev.dockwright.engine.RuleRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every YAML example in {@code README.md}, {@code docs/}, {@code rules/} and the integrations' READMEs works
 * when copied as is. Each block names its file on its first line ({@code # .dockwright.yaml}), which says what
 * it is: a dockwright or hadolint config is loaded with every rule and option checked; a pre-commit config must
 * name hooks this repository has; a GitHub workflow or GitLab job must use only inputs the action declares and
 * pass {@code dockwright lint} only options it has.
 */
class DocsYamlExamplesTest {
  private static final Pattern BLOCK = Pattern.compile("```ya?ml\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern NAME = Pattern.compile("# (\\S+)(?:\\s.*)?");
  private static final YAMLMapper YAML = new YAMLMapper();

  /** One block: where it is and what it holds. */
  record Example(String where, String file, String text) {
    @Override
    public String toString() {
      return where + " (" + file + ")";
    }
  }

  static Stream<Example> examples() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
    for (String dir : List.of("docs", "rules", "integrations")) {
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        files.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("node_modules")).sorted()
            .forEach(pages::add);
      }
    }
    List<Example> out = new ArrayList<>();
    for (Path page : pages) {
      String text = Files.readString(page);
      Matcher m = BLOCK.matcher(text);
      while (m.find()) {
        int line = (int) text.substring(0, m.start()).lines().count() + 1;
        String first = m.group(1).lines().findFirst().orElse("");
        Matcher name = NAME.matcher(first);
        out.add(new Example(page + ":" + line, name.matches() ? name.group(1) : "", m.group(1)));
      }
    }
    return out.stream();
  }

  @Test
  void thereAreExamplesOfEachKind() throws IOException {
    Set<String> kinds = new HashSet<>();
    examples().forEach(e -> kinds.add(kind(e.file())));
    assertThat(kinds).contains("dockwright", "pre-commit", "github", "gitlab");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleWorksAsWritten(Example e, @TempDir Path dir) throws Exception {
    assertThat(e.file()).as("%s: start the block with a comment naming its file, e.g. # .dockwright.yaml",
        e.where()).isNotEmpty();
    JsonNode yaml = YAML.readTree(e.text());
    switch (kind(e.file())) {
      case "dockwright", "hadolint" -> {
        Files.writeString(dir.resolve(e.file()), e.text());
        assertThatCode(() -> {
          DockwrightConfig config = ConfigLoader.load(dir, Optional.empty(), false, Map.of());
          ConfigRules.of(RuleRegistry.standard(), config, skipped -> {
            throw new AssertionError(skipped);
          });
        }).as(e.where()).doesNotThrowAnyException();
      }
      case "pre-commit" -> {
        Set<String> hooks = new HashSet<>();
        YAML.readTree(Path.of(".pre-commit-hooks.yaml").toFile()).forEach(h -> hooks.add(h.get("id").asText()));
        for (JsonNode repo : yaml.get("repos")) {
          if (repo.get("repo").asText().contains("dockwright/dockwright")) {
            for (JsonNode hook : repo.get("hooks")) {
              assertThat(hooks).as("%s: hook ids of .pre-commit-hooks.yaml", e.where())
                  .contains(hook.get("id").asText());
              lintArguments(e, List.of(), hook.path("args"));
            }
          }
        }
      }
      case "github" -> {
        Set<String> inputs = new HashSet<>();
        Path action = Path.of("action.yml");
        if (Files.exists(action)) {
          YAML.readTree(action.toFile()).path("inputs").fieldNames().forEachRemaining(inputs::add);
        }
        for (JsonNode step : yaml.findValues("steps").stream().flatMap(s -> stream(s)).toList()) {
          if (step.path("uses").asText().startsWith("dockwright/dockwright")) {
            step.path("with").fieldNames().forEachRemaining(input -> assertThat(inputs)
                .as("%s: inputs of action.yml", e.where()).contains(input));
          }
          commands(e, step.path("run").asText());
        }
      }
      case "gitlab" -> yaml.findValues("script").forEach(s -> stream(s).forEach(c -> commands(e, c.asText())));
      default -> throw new AssertionError(e.where() + ": a block for " + e.file() + " is of no kind this test knows");
    }
  }

  private static String kind(String file) {
    String name = Path.of(file.isEmpty() ? "x" : file).getFileName().toString();
    if (file.startsWith(".github/workflows/")) {
      return "github";
    }
    if (name.matches("\\.?dockwright\\.ya?ml")) {
      return "dockwright";
    }
    if (name.matches("\\.?hadolint\\.ya?ml")) {
      return "hadolint";
    }
    if (name.equals(".pre-commit-config.yaml")) {
      return "pre-commit";
    }
    return name.equals(".gitlab-ci.yml") ? "gitlab" : "unknown";
  }

  private static Stream<JsonNode> stream(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    node.forEach(out::add);
    return out.stream();
  }

  /** Each {@code dockwright lint ...} (or {@code dockwright.jar lint}) in a shell command parses. */
  private static void commands(Example e, String shell) {
    List<String> words = List.of(shell.replace("\\\n", " ").replace("\"", "").replace("'", "").trim().split("\\s+"));
    for (int i = 0; i + 1 < words.size(); i++) {
      if (words.get(i).matches(".*dockwright(\\.jar)?") && words.get(i + 1).equals("lint")) {
        int end = i + 2;
        while (end < words.size() && !words.get(end).matches("&&|\\|\\||;|\\|")) {
          end++;
        }
        lintArguments(e, words.subList(i + 2, end), null);
      }
    }
  }

  private static void lintArguments(Example e, List<String> words, JsonNode args) {
    List<String> all = new ArrayList<>(words);
    if (args != null) {
      args.forEach(a -> all.add(a.asText()));
    }
    all.add(0, "lint");
    CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
        new ByteArrayInputStream(new byte[0]), "lint");
    assertThatCode(() -> cl.parseArgs(all.toArray(String[]::new))).as("%s: %s", e.where(), all)
        .doesNotThrowAnyException();
  }
}
