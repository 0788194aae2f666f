package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code dockwright parse --format json}: the AST, and next to it the semantic model. */
class ParseCommandTest {
  private static final String FIXTURE = "testdata/model/multistage/Dockerfile";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> BUILTINS = List.of("BUILDARCH", "BUILDOS", "BUILDPLATFORM", "BUILDVARIANT",
      "TARGETARCH", "TARGETOS", "TARGETPLATFORM", "TARGETSTAGE", "TARGETVARIANT");

  private static JsonNode output;

  @BeforeAll
  static void runParse() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"parse", "--format", "json", FIXTURE}, new PrintWriter(out), new PrintWriter(err));
    assertThat(err.toString()).isEmpty();
    assertThat(exit).isEqualTo(Main.EXIT_CLEAN);
    output = JSON.readTree(out.toString());
  }

  @Test
  void modelSitsNextToTheAst() {
    assertThat(output.fieldNames()).toIterable().containsExactly("file", "ast", "model", "diagnostics");
    assertThat(output.get("file").asText()).isEqualTo(FIXTURE);
    assertThat(output.get("diagnostics")).isEmpty();
    assertThat(output.get("model").fieldNames()).toIterable().containsExactly("globalArgs", "stages", "instructions");
  }

  @Test
  void globalArgsWithTheirValues() {
    assertThat(withoutRanges(output.at("/model/globalArgs"))).isEqualTo(List.of(
        map("name", "BASE", "default", "builder", "value", "builder"),
        map("name", "GO_VERSION", "default", "1.22", "value", "1.22"),
        map("name", "REGISTRY", "default", null, "value", null)));
    assertThat(output.at("/model/globalArgs/0/range/start/line").asInt()).isEqualTo(2);
    assertThat(output.at("/model/globalArgs/0/range/start/column").asInt()).isEqualTo(5);
    assertThat(output.at("/model/globalArgs/0/range/end/column").asInt()).isEqualTo(17);
  }

  @Test
  void stagesWithBaseParentAndPlatform() {
    assertThat(withoutRanges(output.at("/model/stages"))).isEqualTo(List.of(
        map("index", 0, "name", "builder",
            "base", map("text", "golang:${GO_VERSION}", "name", "golang:1.22", "known", true, "stage", null,
                "image", "docker.io/library/golang:1.22"),
            "parent", null, "platform", map("text", "$BUILDPLATFORM", "value", null, "known", false)),
        map("index", 1, "name", "tested",
            "base", map("text", "${BASE}", "name", "builder", "known", true, "stage", 0, "image", null),
            "parent", 0, "platform", null),
        map("index", 2, "name", null,
            "base", map("text", "${REGISTRY}/distroless:latest", "name", null, "known", false, "stage", null,
                "image", null),
            "parent", null, "platform", null)));
    JsonNode baseRange = output.at("/model/stages/1/base/range");
    assertThat(List.of(baseRange.at("/start/line").asInt(), baseRange.at("/start/column").asInt(),
        baseRange.at("/end/column").asInt())).containsExactly(10, 6, 13);
    assertThat(output.at("/model/stages/2/range/start/line").asInt()).isEqualTo(12);
  }

  @Test
  void everyInstructionWithItsStageAndVisibleVariables() {
    JsonNode instructions = output.at("/model/instructions");
    List<String> summary = new ArrayList<>();
    for (JsonNode i : instructions) {
      summary.add(i.get("keyword").asText() + "@" + i.at("/range/start/line").asInt() + " stage="
          + (i.get("stage").isNull() ? "-" : i.get("stage").asInt()));
    }
    assertThat(summary).containsExactly("ARG@2 stage=-", "ARG@3 stage=-", "ARG@4 stage=-", "FROM@5 stage=0",
        "ARG@6 stage=0", "ENV@7 stage=0", "WORKDIR@8 stage=0", "RUN@9 stage=0", "FROM@10 stage=1", "RUN@11 stage=1",
        "FROM@12 stage=2", "ARG@13 stage=2", "COPY@14 stage=2", "USER@15 stage=2", "ENTRYPOINT@16 stage=2");

    Map<String, Object> global = new LinkedHashMap<>();
    BUILTINS.forEach(name -> global.put(name, null));
    global.putAll(map("BASE", "builder", "GO_VERSION", "1.22", "REGISTRY", null));
    assertThat(variables(instructions.get(3))).containsExactlyEntriesOf(global);
    assertThat(variables(instructions.get(4))).containsExactlyEntriesOf(map("PATH", null));
    assertThat(variables(instructions.get(7)))
        .containsExactlyEntriesOf(map("PATH", null, "TARGETARCH", null, "CGO_ENABLED", "0", "GOARCH", null));
    // the child stage inherits the ENV and ARG values of the stage it is built from
    assertThat(variables(instructions.get(9)))
        .containsExactlyEntriesOf(map("PATH", null, "TARGETARCH", null, "CGO_ENABLED", "0", "GOARCH", null));
    // a stage re-declaring a global ARG gets its value; the image's environment is unknown
    assertThat(variables(instructions.get(12))).containsExactlyEntriesOf(map("PATH", null, "GO_VERSION", "1.22"));

    assertThat(instructions.get(9).get("workdir").asText()).isEqualTo("/src");
    assertThat(instructions.get(14).get("user").asText()).isEqualTo("nonroot");
    assertThat(instructions.get(14).get("workdir").isNull()).isTrue();
    assertThat(instructions.get(14).get("shell")).map(JsonNode::asText).containsExactly("/bin/sh", "-c");
  }

  @Test
  void buildkitFormatIsUnchanged() {
    StringWriter out = new StringWriter();
    int exit = Main.run(new String[] {"parse", FIXTURE}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    assertThat(exit).isEqualTo(Main.EXIT_CLEAN);
    assertThat(out.toString()).startsWith("(arg \"BASE=builder\")\n").doesNotContain("model");
  }

  private static Map<String, Object> variables(JsonNode instruction) {
    return JSON.convertValue(instruction.get("variables"), new TypeReference<LinkedHashMap<String, Object>>() {});
  }

  /** The JSON as plain lists and maps, without any {@code range} field. */
  private static Object withoutRanges(JsonNode node) {
    Object plain = JSON.convertValue(node, Object.class);
    strip(plain);
    return plain;
  }

  @SuppressWarnings("unchecked")
  private static void strip(Object value) {
    if (value instanceof Map<?, ?> m) {
      ((Map<String, Object>) m).remove("range");
      m.values().forEach(ParseCommandTest::strip);
    } else if (value instanceof List<?> l) {
      l.forEach(ParseCommandTest::strip);
    }
  }

  /** An ordered map from alternating keys and values; values may be null. */
  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
