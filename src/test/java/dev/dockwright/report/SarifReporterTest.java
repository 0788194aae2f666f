package dev.dockwright.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.Finding;
import dev.dockwright.engine.Linter;
import dev.dockwright.engine.RuleDescriptor;
import dev.dockwright.engine.RulePages;
import dev.dockwright.engine.RuleRegistry;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.RelatedLocation;
import dev.dockwright.rule.Severity;
import dev.dockwright.suppress.Suppression;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SARIF log's content, field by field. Every log here is also checked against the SARIF 2.1.0 schema. */
class SarifReporterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LEGACY_ENV = "FROM alpine:3.20\nENV JAVA_HOME /opt/java\n";

  private static JsonNode sarif(LintRun run) throws IOException {
    return JSON.readTree(ReportFixtures.sarif(run));
  }

  private static JsonNode sarif(Map<String, String> files) throws IOException {
    return sarif(ReportFixtures.run(files, List.of()));
  }

  private static JsonNode firstRun(JsonNode log) {
    assertThat(log.path("runs")).hasSize(1);
    return log.path("runs").get(0);
  }

  private static RuleDescriptor rule(String id) {
    return RuleRegistry.standard().find(id).orElseThrow();
  }

  @Test
  void describesTheToolAndEveryRuleThatCouldRunSortedById() throws IOException {
    JsonNode log = sarif(Map.of("Dockerfile", LEGACY_ENV));
    assertThat(log.path("$schema").asText()).isEqualTo(SarifReporter.SCHEMA_URI);
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    JsonNode driver = firstRun(log).path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("dockwright");
    assertThat(driver.path("version").asText()).isEqualTo(ReportFixtures.VERSION);
    assertThat(driver.path("semanticVersion").asText()).isEqualTo(ReportFixtures.VERSION);
    assertThat(driver.path("informationUri").asText()).isEqualTo(SarifReporter.INFORMATION_URI);
    List<String> ids = new ArrayList<>();
    driver.path("rules").forEach(r -> ids.add(r.path("id").asText()));
    assertThat(ids).containsExactlyElementsOf(ReportFixtures.GOLDEN_RULES).isSorted();
  }

  @Test
  void ruleMetadataComesFromTheAnnotationAndThePage() throws IOException {
    JsonNode rules = firstRun(sarif(Map.of("Dockerfile", LEGACY_ENV))).path("tool").path("driver").path("rules");
    RuleDescriptor legacy = rule("DW3001");
    JsonNode r = rules.get(ReportFixtures.GOLDEN_RULES.indexOf("DW3001"));
    String page = RulePages.markdown(legacy).orElseThrow();
    assertThat(r.path("id").asText()).isEqualTo("DW3001");
    assertThat(r.path("name").asText()).isEqualTo("legacy-key-value-format");
    assertThat(r.path("shortDescription").path("text").asText()).isEqualTo(legacy.summary());
    assertThat(r.path("fullDescription").path("text").asText())
        .isEqualTo(RulePages.section(page, "What it does").orElseThrow());
    assertThat(r.path("help").path("text").asText()).isEqualTo(page);
    assertThat(r.path("help").path("markdown").asText()).isEqualTo(page);
    assertThat(r.path("helpUri").asText()).isEqualTo(RulePages.helpUri(legacy));
    assertThat(r.path("defaultConfiguration").path("level").asText()).isEqualTo("warning");
    assertThat(r.path("deprecatedIds")).extracting(JsonNode::asText).containsExactly("LegacyKeyValueFormat");
    assertThat(r.path("properties").path("category").asText()).isEqualTo("instructions");
    assertThat(r.path("properties").path("tags")).extracting(JsonNode::asText)
        .containsExactly("dockerfile", "instructions");
    JsonNode syntax = rules.get(0);
    assertThat(syntax.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
    JsonNode casing = rules.get(ReportFixtures.GOLDEN_RULES.indexOf("DW3002"));
    assertThat(casing.path("defaultConfiguration").path("level").asText()).as("style is a note").isEqualTo("note");
  }

  @Test
  void resultCarriesRuleLevelMessageAndExactRegion() throws IOException {
    JsonNode run = firstRun(sarif(Map.of("Dockerfile", LEGACY_ENV)));
    JsonNode result = run.path("results").get(0);
    assertThat(result.path("ruleId").asText()).isEqualTo("DW3001");
    int index = result.path("ruleIndex").asInt();
    assertThat(run.path("tool").path("driver").path("rules").get(index).path("id").asText()).isEqualTo("DW3001");
    assertThat(result.path("level").asText()).isEqualTo("warning");
    assertThat(result.path("message").path("text").asText())
        .isEqualTo("`ENV JAVA_HOME <value>` is the legacy form: write `ENV JAVA_HOME=<value>`.");
    JsonNode location = result.path("locations").get(0).path("physicalLocation");
    assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("Dockerfile");
    assertThat(location.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    JsonNode region = location.path("region");
    assertThat(List.of(region.path("startLine").asInt(), region.path("startColumn").asInt(),
        region.path("endLine").asInt(), region.path("endColumn").asInt())).containsExactly(2, 5, 2, 14);
    assertThat(run.path("columnKind").asText()).isEqualTo("utf16CodeUnits");
  }

  @Test
  void levelFollowsTheFindingSeverityNotTheRuleDefault() throws IOException {
    FileResult file = ReportFixtures.linter(ReportFixtures.GOLDEN_RULES).lintText("Dockerfile", LEGACY_ENV);
    Finding f = file.findings().get(0);
    Finding overridden = new Finding(f.path(), f.rule(), Severity.ERROR, f.message(), f.range(), f.fix(),
        f.related(), f.suppression());
    LintRun run = ReportFixtures.run(ReportFixtures.linter(ReportFixtures.GOLDEN_RULES),
        List.of(new FileResult(file.path(), file.parse(), List.of(overridden))), List.of());
    assertThat(firstRun(sarif(run)).path("results").get(0).path("level").asText()).isEqualTo("error");
    for (Severity s : Severity.values()) {
      assertThat(SarifReporter.resultLevel(s).value()).isIn("error", "warning", "note");
    }
  }

  @Test
  void urisAreRelativeToTheWorkingDirectoryAndPercentEncoded() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("./Dockerfile", LEGACY_ENV);
    files.put("sub dir/ünï#1.Dockerfile", LEGACY_ENV);
    files.put("/work/project/abs/Dockerfile", LEGACY_ENV);
    files.put("/elsewhere/Dockerfile", LEGACY_ENV);
    files.put("../sibling/Dockerfile", LEGACY_ENV);
    JsonNode run = firstRun(sarif(files));
    assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText())
        .isEqualTo("file:///work/project/");
    List<String> locations = new ArrayList<>();
    for (JsonNode r : run.path("results")) {
      JsonNode a = r.path("locations").get(0).path("physicalLocation").path("artifactLocation");
      locations.add(a.path("uri").asText() + (a.has("uriBaseId") ? " @" + a.path("uriBaseId").asText() : ""));
    }
    assertThat(locations).containsExactlyInAnyOrder(
        "Dockerfile @%SRCROOT%",
        "sub%20dir/%C3%BCn%C3%AF%231.Dockerfile @%SRCROOT%",
        "abs/Dockerfile @%SRCROOT%",
        "file:///elsewhere/Dockerfile",
        "file:///work/sibling/Dockerfile");
  }

  @Test
  void fingerprintsSurviveLinesMovingAndTellRepeatsApart() throws IOException {
    String twice = "FROM alpine:3.20\nENV A b\nENV A b\n";
    String moved = "FROM alpine:3.20\n\n# a comment pushes everything down\nENV A b\n\nENV A b\n";
    JsonNode before = firstRun(sarif(Map.of("Dockerfile", twice))).path("results");
    JsonNode after = firstRun(sarif(Map.of("Dockerfile", moved))).path("results");
    assertThat(before).hasSize(2);
    assertThat(after).hasSize(2);
    List<String> fpBefore = new ArrayList<>();
    List<String> fpAfter = new ArrayList<>();
    before.forEach(r -> fpBefore.add(r.path("partialFingerprints").path(SarifReporter.FINGERPRINT).asText()));
    after.forEach(r -> fpAfter.add(r.path("partialFingerprints").path(SarifReporter.FINGERPRINT).asText()));
    assertThat(fpAfter).isEqualTo(fpBefore).doesNotHaveDuplicates();
    assertThat(after.get(0).path("locations").get(0).path("physicalLocation").path("region").path("startLine")
        .asInt()).isEqualTo(4);
  }

  @Test
  void safeAndUnsafeFixesBecomeReplacements() throws IOException {
    String text = "FROM alpine:3.20\nMAINTAINER me\nENV A b\n";
    JsonNode results = firstRun(sarif(Map.of("Dockerfile", text))).path("results");
    JsonNode maintainer = results.get(0);
    assertThat(maintainer.path("ruleId").asText()).isEqualTo("DW3000");
    JsonNode fix = maintainer.path("fixes").get(0);
    assertThat(fix.path("properties").path("applicability").asText()).isEqualTo("unsafe");
    JsonNode change = fix.path("artifactChanges").get(0);
    assertThat(change.path("artifactLocation").path("uri").asText()).isEqualTo("Dockerfile");
    JsonNode replacement = change.path("replacements").get(0);
    assertThat(replacement.path("deletedRegion").path("startLine").asInt()).isEqualTo(2);
    assertThat(replacement.path("insertedContent").path("text").asText()).startsWith("LABEL maintainer=");
    assertThat(results.get(1).path("fixes").get(0).path("properties").path("applicability").asText())
        .isEqualTo("safe");
  }

  @Test
  void displayOnlySuggestionsAreNotFixes() throws IOException {
    FileResult file = ReportFixtures.linter(ReportFixtures.GOLDEN_RULES).lintText("Dockerfile", LEGACY_ENV);
    Finding f = file.findings().get(0);
    Finding suggestion = new Finding(f.path(), f.rule(), f.severity(), f.message(), f.range(),
        Optional.of(Fix.displayOnly("Think about it")), f.related(), f.suppression());
    LintRun run = ReportFixtures.run(ReportFixtures.linter(ReportFixtures.GOLDEN_RULES),
        List.of(new FileResult(file.path(), file.parse(), List.of(suggestion))), List.of());
    assertThat(firstRun(sarif(run)).path("results").get(0).has("fixes")).isFalse();
  }

  @Test
  void insertedLineBreaksFollowTheFileLineEnding() throws IOException {
    String crlf = "FROM alpine:3.20\r\nENV A b\r\n";
    FileResult file = ReportFixtures.linter(ReportFixtures.GOLDEN_RULES).lintText("Dockerfile", crlf);
    Finding f = file.findings().get(0);
    Finding withNewline = new Finding(f.path(), f.rule(), f.severity(), f.message(), f.range(),
        Optional.of(Fix.safe("Split", new Edit(f.range().startOffset(), f.range().startOffset(), "X=1 \\\n    "))),
        f.related(), f.suppression());
    LintRun run = ReportFixtures.run(ReportFixtures.linter(ReportFixtures.GOLDEN_RULES),
        List.of(new FileResult(file.path(), file.parse(), List.of(withNewline))), List.of());
    JsonNode replacement = firstRun(sarif(run)).path("results").get(0).path("fixes").get(0).path("artifactChanges")
        .get(0).path("replacements").get(0);
    assertThat(replacement.path("insertedContent").path("text").asText()).isEqualTo("X=1 \\\r\n    ");
    JsonNode deleted = replacement.path("deletedRegion");
    assertThat(deleted.path("startColumn").asInt()).isEqualTo(deleted.path("endColumn").asInt());
  }

  @Test
  void inSourceSuppressionsKeepTheirJustificationAndPlace() throws IOException {
    String text = "FROM alpine:3.20\n# dockwright ignore=DW3001 # kept for the old build script\nENV A b\n";
    JsonNode result = firstRun(sarif(Map.of("Dockerfile", text))).path("results").get(0);
    JsonNode suppression = result.path("suppressions").get(0);
    assertThat(suppression.path("kind").asText()).isEqualTo("inSource");
    assertThat(suppression.path("status").asText()).isEqualTo("accepted");
    assertThat(suppression.path("justification").asText()).isEqualTo("kept for the old build script");
    assertThat(suppression.path("location").path("physicalLocation").path("region").path("startLine").asInt())
        .isEqualTo(2);
    assertThat(suppression.path("properties").path("syntax").asText()).isEqualTo("dockwright");
  }

  @Test
  void hadolintAndBuildkitPragmasAreInSourceToo() throws IOException {
    String text = "# check=skip=LegacyKeyValueFormat\nFROM alpine:3.20\n# hadolint ignore=DL4000\nMAINTAINER me\n"
        + "ENV A b\n";
    JsonNode results = firstRun(sarif(Map.of("Dockerfile", text))).path("results");
    List<String> syntaxes = new ArrayList<>();
    for (JsonNode r : results) {
      JsonNode s = r.path("suppressions").get(0);
      assertThat(s.path("kind").asText()).isEqualTo("inSource");
      syntaxes.add(r.path("ruleId").asText() + " " + s.path("properties").path("syntax").asText());
    }
    assertThat(syntaxes).containsExactly("DW3000 hadolint", "DW3001 buildkit");
  }

  @Test
  void baselineSuppressionsAreExternal() throws IOException {
    FileResult file = ReportFixtures.linter(ReportFixtures.GOLDEN_RULES).lintText("Dockerfile", LEGACY_ENV);
    Finding f = file.findings().get(0);
    Finding known = f.withSuppression(new Suppression(Suppression.Scope.FILE, Suppression.Syntax.BASELINE,
        "recorded in the baseline .dockwright-baseline.json", f.range(), ".dockwright-baseline.json"));
    LintRun run = ReportFixtures.run(ReportFixtures.linter(ReportFixtures.GOLDEN_RULES),
        List.of(new FileResult(file.path(), file.parse(), List.of(known))), List.of());
    JsonNode suppression = firstRun(sarif(run)).path("results").get(0).path("suppressions").get(0);
    assertThat(suppression.path("kind").asText()).isEqualTo("external");
    assertThat(suppression.path("justification").asText()).contains("baseline");
    assertThat(suppression.has("location")).isFalse();
  }

  @Test
  void relatedLocationsAreNumberedWithMessages() throws IOException {
    String text = "FROM alpine:3.20\nENV A b\nENV C d\n";
    FileResult file = ReportFixtures.linter(ReportFixtures.GOLDEN_RULES).lintText("Dockerfile", text);
    Finding first = file.findings().get(0);
    Finding second = file.findings().get(1);
    Finding withRelated = new Finding(first.path(), first.rule(), first.severity(), first.message(), first.range(),
        first.fix(), List.of(new RelatedLocation(second.range(), "the same form here")), first.suppression());
    LintRun run = ReportFixtures.run(ReportFixtures.linter(ReportFixtures.GOLDEN_RULES),
        List.of(new FileResult(file.path(), file.parse(), List.of(withRelated))), List.of());
    JsonNode related = firstRun(sarif(run)).path("results").get(0).path("relatedLocations");
    assertThat(related).hasSize(1);
    assertThat(related.get(0).path("id").asInt()).isEqualTo(1);
    assertThat(related.get(0).path("message").path("text").asText()).isEqualTo("the same form here.");
    assertThat(related.get(0).path("physicalLocation").path("region").path("startLine").asInt()).isEqualTo(3);
  }

  @Test
  void unreadableFilesAreToolNotificationsAndTheInvocationHasTheExitCode() throws IOException {
    LintRun clean = ReportFixtures.run(Map.of("Dockerfile", "FROM alpine:3.20\n"), List.of());
    JsonNode ok = firstRun(sarif(clean)).path("invocations").get(0);
    assertThat(ok.path("executionSuccessful").asBoolean()).isTrue();
    assertThat(ok.path("exitCode").asInt()).isZero();
    assertThat(ok.has("toolExecutionNotifications")).isFalse();

    LintRun broken = ReportFixtures.run(Map.of("Dockerfile", "FROM alpine:3.20\n"),
        List.of(new LintRun.Notification("secret/Dockerfile", "cannot read: Permission denied")));
    JsonNode invocation = firstRun(sarif(broken)).path("invocations").get(0);
    assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.path("exitCode").asInt()).isEqualTo(1);
    JsonNode n = invocation.path("toolExecutionNotifications").get(0);
    assertThat(n.path("level").asText()).isEqualTo("error");
    assertThat(n.path("message").path("text").asText())
        .isEqualTo("secret/Dockerfile: cannot read: Permission denied.");
    assertThat(n.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
        .isEqualTo("secret/Dockerfile");
  }

  @Test
  void severalFilesMakeOneRunSortedByPath() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("z/Dockerfile", LEGACY_ENV);
    files.put("a/Dockerfile", LEGACY_ENV);
    JsonNode run = firstRun(sarif(files));
    List<String> uris = new ArrayList<>();
    run.path("results").forEach(r -> uris.add(
        r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText()));
    assertThat(uris).containsExactly("a/Dockerfile", "z/Dockerfile");
  }

  @Test
  void outputIsDeterministic() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("b/Dockerfile", "FROM alpine:3.20\nMAINTAINER me\nENV A b\nrun true\nRUN x\n");
    files.put("a/Dockerfile", LEGACY_ENV);
    Map<String, String> reversed = new LinkedHashMap<>();
    reversed.put("a/Dockerfile", LEGACY_ENV);
    reversed.put("b/Dockerfile", files.get("b/Dockerfile"));
    String first = ReportFixtures.sarif(ReportFixtures.run(files, List.of()));
    String second = ReportFixtures.sarif(ReportFixtures.run(reversed, List.of()));
    assertThat(second).isEqualTo(first);
    assertThat(first).doesNotContain("Time").doesNotContain("\r").endsWith("}\n");
  }

  @Test
  void aVersionThatIsNotSemverIsNotClaimedAsOne() throws IOException {
    LintRun run = ReportFixtures.run(Map.of("Dockerfile", LEGACY_ENV), List.of());
    LintRun dev = new LintRun(run.results(), run.rules(), run.notifications(), run.failureThreshold(),
        run.failOnNothing(), run.exitCode(), run.workingDirectory(), "dev");
    JsonNode driver = firstRun(sarif(dev)).path("tool").path("driver");
    assertThat(driver.path("version").asText()).isEqualTo("dev");
    assertThat(driver.has("semanticVersion")).isFalse();
  }

  @Test
  void everyTestdataDockerfileGivesValidSarifWithEveryRule() throws IOException {
    Linter linter = ReportFixtures.linter(List.of("all"));
    List<FileResult> results = new ArrayList<>();
    for (Path f : dev.dockwright.engine.DockerfileFinder.find(Path.of("testdata"))) {
      results.add(linter.lint(f.toString(), java.nio.file.Files.readAllBytes(f)));
    }
    LintRun run = new LintRun(results, RuleRegistry.standard().all(), List.of(), Severity.INFO, false, 1,
        Path.of("").toAbsolutePath(), "0.0.0");
    JsonNode log = JSON.readTree(ReportFixtures.sarif(run));
    assertThat(firstRun(log).path("results").size()).isPositive();
    assertThat(firstRun(log).path("tool").path("driver").path("rules").size())
        .isEqualTo(RuleRegistry.standard().all().size());
  }
}
