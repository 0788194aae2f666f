package dev.dockwright.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockwright.engine.FileResult;
import dev.dockwright.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the golden files do not show: the GitLab, JUnit and checkstyle formats under change and edge cases. */
class CiFormatsTest {
  private static final String TWICE = "FROM alpine:3.20\nENV A b\nENV A b\n";
  private static final String MOVED = "FROM alpine:3.20\n\n# pushed down\nENV A b\n\nENV A b\n";

  private static List<String> gitlabFingerprints(Map<String, String> files) {
    JsonNode issues = ReportSchemas.assertValidGitlab(
        ReportFixtures.write(new GitlabReporter(), ReportFixtures.run(files, List.of())));
    List<String> out = new ArrayList<>();
    issues.forEach(i -> out.add(i.path("fingerprint").asText()));
    return out;
  }

  @Test
  void gitlabFingerprintsAreUniqueAndSurviveLinesMoving() {
    List<String> before = gitlabFingerprints(Map.of("Dockerfile", TWICE));
    assertThat(before).hasSize(2).doesNotHaveDuplicates();
    assertThat(gitlabFingerprints(Map.of("Dockerfile", MOVED))).isEqualTo(before);
    Map<String, String> two = new LinkedHashMap<>();
    two.put("a/Dockerfile", TWICE);
    two.put("b/Dockerfile", TWICE);
    assertThat(gitlabFingerprints(two)).as("the same finding in another file is another issue")
        .hasSize(4).doesNotHaveDuplicates();
  }

  @Test
  void gitlabPathsAreRepositoryRelative() {
    JsonNode issues = ReportSchemas.assertValidGitlab(ReportFixtures.write(new GitlabReporter(),
        ReportFixtures.run(Map.of("./docker/Dockerfile", TWICE), List.of())));
    assertThat(issues.get(0).path("location").path("path").asText()).isEqualTo("docker/Dockerfile");
    assertThat(issues.get(0).path("severity").asText()).isEqualTo("major");
  }

  @Test
  void junitFailsOnlyFilesWithFindingsAtTheThreshold() {
    LintRun run = ReportFixtures.run(Map.of("Dockerfile", "FROM alpine:3.20\nrun true\nRUN x\nRUN y\n"),
        List.of());
    String atInfo = ReportFixtures.write(new JunitReporter(), run);
    ReportSchemas.assertValidJunit(atInfo);
    assertThat(atInfo).as("a style finding is below the default threshold, info").contains("failures=\"0\"")
        .contains("<system-out>").contains("DW3002");
    LintRun atStyle = new LintRun(run.results(), run.rules(), run.notifications(), Severity.STYLE, false, 1,
        run.workingDirectory(), run.toolVersion());
    String failing = ReportFixtures.write(new JunitReporter(), atStyle);
    ReportSchemas.assertValidJunit(failing);
    assertThat(failing).contains("failures=\"1\"").contains("<failure message=\"2:1 [DW3002");
    LintRun none = new LintRun(run.results(), run.rules(), run.notifications(), Severity.STYLE, true, 0,
        run.workingDirectory(), run.toolVersion());
    assertThat(ReportFixtures.write(new JunitReporter(), none)).as("--failure-threshold none")
        .contains("failures=\"0\"");
  }

  @Test
  void xmlReportsEscapeWhatXmlCannotHoldVerbatim() {
    FileResult r = ReportFixtures.linter(ReportFixtures.GOLDEN_RULES).lintText("a&b <\"x\">/Dockerfile", TWICE);
    LintRun run = ReportFixtures.run(ReportFixtures.linter(ReportFixtures.GOLDEN_RULES), List.of(r),
        List.of(new LintRun.Notification("bad\u0001name/Dockerfile", "cannot read:\nline two")));
    String checkstyle = ReportFixtures.write(new CheckstyleReporter(), run);
    ReportSchemas.assertValidCheckstyle(checkstyle);
    assertThat(checkstyle).contains("name=\"a&amp;b &lt;&quot;x&quot;&gt;/Dockerfile\"")
        .contains("bad\uFFFDname").contains("cannot read:&#10;line two");
    String junit = ReportFixtures.write(new JunitReporter(), run);
    ReportSchemas.assertValidJunit(junit);
    assertThat(junit).contains("errors=\"1\"").contains("type=\"unreadable-file\"");
  }

  @Test
  void checkstyleLeavesSuppressedFindingsOut() {
    String text = "FROM alpine:3.20\n# dockwright ignore=DW3001\nENV A b\nENV C d\n";
    String xml = ReportFixtures.write(new CheckstyleReporter(), ReportFixtures.run(Map.of("Dockerfile", text),
        List.of()));
    ReportSchemas.assertValidCheckstyle(xml);
    assertThat(xml).contains("line=\"4\"").doesNotContain("line=\"3\"");
  }
}
