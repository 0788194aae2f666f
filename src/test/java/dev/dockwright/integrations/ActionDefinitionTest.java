package dev.dockwright.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code action.yml} read as the runner reads it, checked against the script its steps run
 * ({@code integrations/github/action.sh}), the shipped workflow and the docs: the inputs and their defaults,
 * every input reaching the script, the SARIF upload before the step that fails the job.
 */
class ActionDefinitionTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Path SCRIPT = Path.of("integrations/github/action.sh");
  private static final Pattern RUN = Pattern.compile(
      "bash \"\\$GITHUB_ACTION_PATH/integrations/github/action\\.sh\" ([a-z]+)");

  private static JsonNode yaml(Path file) throws IOException {
    return YAML.readTree(file.toFile());
  }

  private static JsonNode action() throws IOException {
    return yaml(Path.of("action.yml"));
  }

  private static List<JsonNode> steps() throws IOException {
    List<JsonNode> steps = new ArrayList<>();
    action().at("/runs/steps").forEach(steps::add);
    return steps;
  }

  private static JsonNode step(String id) throws IOException {
    return steps().stream().filter(s -> id.equals(s.path("id").asText())).findFirst().orElseThrow();
  }

  private static int indexOf(JsonNode step) throws IOException {
    return steps().indexOf(step);
  }

  private static JsonNode uses(String action) throws IOException {
    return steps().stream().filter(s -> s.path("uses").asText().startsWith(action + "@")).findFirst()
        .orElseThrow(() -> new AssertionError("no step uses " + action));
  }

  private static Map<String, String> fields(JsonNode node) {
    Map<String, String> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  @Test
  void inputsAreHadolintActionsNamesWithTheirDefaults() throws IOException {
    Map<String, String> defaults = new LinkedHashMap<>();
    action().get("inputs").fields().forEachRemaining(e -> defaults.put(e.getKey(), e.getValue().get("default")
        .asText()));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("dockerfile", ".");
    expected.put("format", "tty");
    expected.put("output-file", "");
    expected.put("failure-threshold", ""); // not info: --failure-threshold info would override the config file's
    expected.put("config", "");
    expected.put("ignore", "");
    expected.put("no-fail", "false");
    expected.put("sarif-upload", "true");
    assertThat(defaults).containsExactlyEntriesOf(expected);
    action().get("inputs").forEach(input -> assertThat(input.get("description").asText()).isNotBlank());
  }

  @Test
  void itIsACompositeActionWhoseRunStepsOnlyCallTheScript() throws IOException {
    assertThat(action().at("/runs/using").asText()).isEqualTo("composite");
    List<String> subcommands = new ArrayList<>();
    for (JsonNode step : steps()) {
      if (step.has("run")) {
        assertThat(step.get("shell").asText()).isEqualTo("bash");
        Matcher m = RUN.matcher(step.get("run").asText().strip());
        assertThat(m.matches()).as("a run step only calls the script: %s", step.get("run")).isTrue();
        subcommands.add(m.group(1));
      }
    }
    assertThat(subcommands).containsExactly("setup", "build", "lint", "gate");
    assertThat(Files.readString(SCRIPT)).contains("  setup | build | lint | gate) \"$1\" ;;");
  }

  @Test
  void everyInputReachesTheScriptAsTheVariableItReads() throws IOException {
    Map<String, String> lintEnv = fields(step("lint").get("env"));
    Set<String> passed = new TreeSet<>();
    action().get("inputs").fieldNames().forEachRemaining(name -> {
      String variable = "INPUT_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
      assertThat(lintEnv).containsEntry(variable, "${{ inputs." + name + " }}");
      passed.add(variable);
    });
    Set<String> read = new TreeSet<>();
    Matcher m = Pattern.compile("\\$\\{(INPUT_[A-Z_]+)").matcher(Files.readString(SCRIPT));
    while (m.find()) {
      read.add(m.group(1));
    }
    assertThat(read).isEqualTo(passed);
    assertThat(lintEnv).containsEntry("DOCKWRIGHT_BIN", "${{ steps.setup.outputs.executable }}");
    JsonNode gate = steps().get(steps().size() - 1);
    assertThat(fields(gate.get("env"))).isEqualTo(Map.of("INPUT_NO_FAIL", "${{ inputs.no-fail }}",
        "DOCKWRIGHT_EXIT_CODE", "${{ steps.lint.outputs.exit-code }}"));
    assertThat(fields(step("setup").get("env"))).isEqualTo(Map.of(
        "DOCKWRIGHT_ACTION_REPOSITORY", "${{ github.action_repository }}",
        "DOCKWRIGHT_ACTION_REF", "${{ github.action_ref }}"));
  }

  @Test
  void theStepOutputsTheActionUsesAreOnesTheScriptWrites() throws IOException {
    String script = Files.readString(SCRIPT);
    Matcher m = Pattern.compile("steps\\.(setup|lint)\\.outputs\\.([a-z-]+)").matcher(Files.readString(
        Path.of("action.yml")));
    Set<String> used = new LinkedHashSet<>();
    while (m.find()) {
      used.add(m.group(2));
      assertThat(script).as("action.sh writes the output %s", m.group(2)).contains("output " + m.group(2) + " ");
    }
    assertThat(used).contains("executable", "build", "needs-java", "cache-key", "cache-restore-key", "sarif-file",
        "exit-code");
    assertThat(fields(action().get("outputs").get("sarif-file"))).containsEntry("value",
        "${{ steps.lint.outputs.sarif-file }}");
    assertThat(fields(action().get("outputs").get("exit-code"))).containsEntry("value",
        "${{ steps.lint.outputs.exit-code }}");
  }

  @Test
  void sarifIsUploadedAfterTheLintEvenOnFindingsAndBeforeTheJobFails() throws IOException {
    JsonNode upload = uses("github/codeql-action/upload-sarif");
    assertThat(upload.get("uses").asText()).isEqualTo("github/codeql-action/upload-sarif@v3");
    assertThat(upload.get("if").asText()).isEqualTo(
        "${{ !cancelled() && inputs.sarif-upload == 'true' && steps.lint.outputs.sarif-file != '' }}");
    assertThat(fields(upload.get("with"))).isEqualTo(Map.of(
        "sarif_file", "${{ steps.lint.outputs.sarif-file }}", "category", "dockwright"));
    List<JsonNode> steps = steps();
    assertThat(indexOf(upload)).isEqualTo(indexOf(step("lint")) + 1);
    assertThat(RUN.matcher(steps.get(steps.size() - 1).get("run").asText().strip()).replaceAll("$1"))
        .as("the last step fails the job").isEqualTo("gate");
    assertThat(indexOf(upload)).isEqualTo(steps.size() - 2);
  }

  @Test
  void javaIsSetUpWhenMissingAndTheBuildIsCachedUnderTheScriptsKey() throws IOException {
    JsonNode java = uses("actions/setup-java");
    assertThat(java.get("uses").asText()).isEqualTo("actions/setup-java@v4");
    assertThat(java.get("if").asText()).isEqualTo("steps.setup.outputs.needs-java == 'true'");
    assertThat(fields(java.get("with"))).isEqualTo(Map.of("distribution", "temurin", "java-version", "17"));

    JsonNode restore = uses("actions/cache/restore");
    JsonNode save = uses("actions/cache/save");
    assertThat(restore.get("uses").asText()).isEqualTo("actions/cache/restore@v4");
    assertThat(save.get("uses").asText()).isEqualTo("actions/cache/save@v4");
    assertThat(restore.at("/with/path").asText().lines()).containsExactly("~/.m2/repository",
        "${{ steps.setup.outputs.executable }}");
    assertThat(save.at("/with/path").asText()).isEqualTo(restore.at("/with/path").asText());
    assertThat(save.at("/with/key").asText()).isEqualTo(restore.at("/with/key").asText())
        .isEqualTo("${{ steps.setup.outputs.cache-key }}");
    assertThat(step("build").get("if").asText())
        .isEqualTo("steps.setup.outputs.build == 'true' && steps.cache.outputs.cache-hit != 'true'");
    assertThat(save.get("if").asText()).isEqualTo("steps.build.outcome == 'success'");
    assertThat(indexOf(step("setup"))).isZero();
    assertThat(List.of(indexOf(java), indexOf(restore), indexOf(step("build")), indexOf(save), indexOf(step("lint"))))
        .containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void theShippedWorkflowUsesTheActionAtAReleaseTagWithItsInputs() throws IOException {
    JsonNode workflow = yaml(Path.of("integrations/github/dockwright.yml"));
    assertThat(fields(workflow.get("permissions"))).containsEntry("security-events", "write")
        .containsEntry("contents", "read");
    assertUsesTheAction(workflow.at("/jobs/dockwright/steps"));
  }

  @Test
  void theDocsDescribeEveryInputAndOutputAndShowAWorkflowThatUsesTheAction() throws IOException {
    String docs = Files.readString(Path.of("docs/ci.md"));
    int start = docs.indexOf("### GitHub Actions: code scanning\n");
    String section = docs.substring(start, docs.indexOf("\n### ", start + 1));

    String example = section.substring(section.indexOf("```yaml\n") + 8, section.indexOf("```\n",
        section.indexOf("```yaml\n") + 8));
    assertThat(example).startsWith("# .github/workflows/dockwright.yml\n");
    JsonNode workflow = YAML.readTree(example);
    assertUsesTheAction(workflow.at("/jobs/dockwright/steps"));

    Map<String, String> inputs = tableRows(section, "| input | default | meaning |");
    List<String> names = new ArrayList<>();
    action().get("inputs").fieldNames().forEachRemaining(names::add);
    assertThat(inputs.keySet()).containsExactlyElementsOf(names);
    action().get("inputs").fields().forEachRemaining(e -> {
      String value = e.getValue().get("default").asText();
      if (!value.isEmpty()) {
        assertThat(inputs.get(e.getKey())).as("default of %s", e.getKey()).isEqualTo("`" + value + "`");
      }
    });
    List<String> outputs = new ArrayList<>();
    action().get("outputs").fieldNames().forEachRemaining(outputs::add);
    assertThat(tableRows(section, "| output | meaning |").keySet()).containsExactlyElementsOf(outputs);
  }

  private void assertUsesTheAction(JsonNode steps) throws IOException {
    JsonNode step = null;
    for (JsonNode s : steps) {
      if (s.path("uses").asText().startsWith("dockwright/dockwright@")) {
        step = s;
      }
    }
    assertThat(step).as("a step uses dockwright/dockwright").isNotNull();
    assertThat(step.get("uses").asText()).isEqualTo("dockwright/dockwright@v0.1.0");
    Set<String> declared = new TreeSet<>();
    action().get("inputs").fieldNames().forEachRemaining(declared::add);
    step.path("with").fieldNames().forEachRemaining(name -> assertThat(declared).contains(name));
  }

  /** The first cell (without backticks) to the second cell of each row of the table under {@code header}. */
  private static Map<String, String> tableRows(String text, String header) {
    Map<String, String> rows = new LinkedHashMap<>();
    List<String> lines = text.substring(text.indexOf(header)).lines().toList();
    for (String line : lines.subList(2, lines.size())) {
      if (!line.startsWith("|")) {
        break;
      }
      String[] cells = line.split(" \\| ");
      rows.put(cells[0].substring(2).replace("`", ""), cells[1].strip());
    }
    return rows;
  }
}
