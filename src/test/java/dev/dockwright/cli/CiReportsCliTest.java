package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwright.report.ReportSchemas;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI formats through the command line: several {@code --format}/{@code --output} pairs in one run, paths
 * as given, and SARIF fixes that replay to exactly what {@code --fix} writes.
 */
class CiReportsCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> RULES = List.of("--select", "DW1000,DW1001,DW1002,DW3000,DW3001,DW3002");

  private record Outcome(int exit, String out, String err) {}

  private static Outcome run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    return new Outcome(exit, out.toString(), err.toString());
  }

  private static List<String> args(String... head) {
    List<String> a = new ArrayList<>(List.of(head));
    a.addAll(RULES);
    return a;
  }

  @Test
  void severalFormatsGoToTheirOwnFilesInOneRun(@TempDir Path tmp) throws IOException {
    Path dockerfile = tmp.resolve("Dockerfile");
    Files.writeString(dockerfile, "FROM alpine:3.20\nENV JAVA_HOME /opt/java\n");
    Path sarif = tmp.resolve("out.sarif");
    Path checkstyle = tmp.resolve("checkstyle.xml");
    Path gitlab = tmp.resolve("gl-code-quality.json");
    Path junit = tmp.resolve("junit.xml");
    List<String> a = args("lint", "--no-color",
        "--format", "sarif", "--output", sarif.toString(),
        "--format", "checkstyle", "--output", checkstyle.toString(),
        "--format", "gitlab", "--output", gitlab.toString(),
        "--format", "junit", "--output", junit.toString(),
        "--format", "tty");
    a.add(dockerfile.toString());
    Outcome o = run(a);
    assertThat(o.exit()).as(o.err()).isEqualTo(1);
    assertThat(o.out()).as("the unpaired last format goes to stdout")
        .contains(dockerfile + ":2:5: warning [DW3001 legacy-key-value-format]");
    JsonNode log = ReportSchemas.assertValidSarif(Files.readString(sarif));
    JsonNode result = log.path("runs").get(0).path("results").get(0);
    assertThat(result.path("ruleId").asText()).isEqualTo("DW3001");
    assertThat(result.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri")
        .asText()).as("outside the working directory: an absolute file URI").isEqualTo(dockerfile.toUri().toString());
    assertThat(log.path("runs").get(0).path("invocations").get(0).path("exitCode").asInt()).isEqualTo(1);
    ReportSchemas.assertValidCheckstyle(Files.readString(checkstyle));
    assertThat(Files.readString(checkstyle)).contains("source=\"dockwright.DW3001\"");
    JsonNode issues = ReportSchemas.assertValidGitlab(Files.readString(gitlab));
    assertThat(issues).hasSize(1);
    assertThat(issues.get(0).path("check_name").asText()).isEqualTo("DW3001");
    ReportSchemas.assertValidJunit(Files.readString(junit));
    assertThat(Files.readString(junit)).contains("failures=\"1\"");
  }

  @Test
  void anOutputWithoutItsFormatIsAUsageError(@TempDir Path tmp) throws IOException {
    Path dockerfile = tmp.resolve("Dockerfile");
    Files.writeString(dockerfile, "FROM alpine:3.20\n");
    Outcome o = run(List.of("lint", "--format", "sarif", "--output", tmp.resolve("a").toString(), "--output",
        tmp.resolve("b").toString(), dockerfile.toString()));
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("has no --format");
  }

  @Test
  void everyCiFormatIsListedAndAccepted() {
    assertThat(dev.dockwright.report.Reporters.names())
        .contains("tty", "json", "sarif", "checkstyle", "gnu", "gitlab", "junit");
    Outcome o = run(List.of("lint", "--format", "xml", "testdata/report/basic/Dockerfile"));
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains("sarif").contains("gitlab").contains("junit").contains("checkstyle");
  }

  @Test
  void relativePathsStayRelativeToTheWorkingDirectory() throws IOException {
    Outcome o = run(args("lint", "--format", "sarif", "--exit-zero", "testdata/report/basic/Dockerfile"));
    assertThat(o.exit()).as(o.err()).isZero();
    JsonNode run = ReportSchemas.assertValidSarif(o.out()).path("runs").get(0);
    JsonNode artifact = run.path("results").get(0).path("locations").get(0).path("physicalLocation")
        .path("artifactLocation");
    assertThat(artifact.path("uri").asText()).isEqualTo("testdata/report/basic/Dockerfile");
    assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
    assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText())
        .isEqualTo(Path.of("").toAbsolutePath().toUri().toString());
    assertThat(run.path("invocations").get(0).path("exitCode").asInt()).as("--exit-zero").isZero();
  }

  /** LF, CRLF with a byte-order mark: the fixes in SARIF must give the bytes --fix writes. */
  @Test
  void sarifSafeFixesReplayToTheBytesOfFix(@TempDir Path tmp) throws IOException {
    String text = "FROM alpine:3.20\nENV JAVA_HOME /opt/java\nLABEL title \"a b\"\nRUN apt-get update && \\\n\n"
        + "    apt-get install -y curl\nrun echo done\n";
    assertReplays(tmp.resolve("lf"), text.getBytes(StandardCharsets.UTF_8), false);
    byte[] crlfBom = ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8);
    assertReplays(tmp.resolve("crlf"), crlfBom, false);
  }

  @Test
  void sarifUnsafeFixesReplayToTheBytesOfUnsafeFix(@TempDir Path tmp) throws IOException {
    String text = "FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\nENV A b\n";
    assertReplays(tmp, text.getBytes(StandardCharsets.UTF_8), true);
  }

  private static void assertReplays(Path dir, byte[] original, boolean unsafe) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("Dockerfile");
    Files.write(file, original);
    Outcome report = run(args("lint", "--format", "sarif", "--exit-zero", file.toString()));
    assertThat(report.exit()).as(report.err()).isZero();
    JsonNode log = ReportSchemas.assertValidSarif(report.out());

    List<String> fix = args("lint", "--fix", "--exit-zero", "--quiet", "--no-color");
    if (unsafe) {
      fix.add("--unsafe-fixes");
    }
    fix.add(file.toString());
    Outcome fixed = run(fix);
    assertThat(fixed.exit()).as(fixed.err()).isZero();
    byte[] expected = Files.readAllBytes(file);
    assertThat(expected).as("the fixture has fixes to apply").isNotEqualTo(original);

    byte[] replayed = SarifFixReplay.apply(original, log, unsafe);
    assertThat(new String(replayed, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(HexFormat.of().formatHex(replayed)).isEqualTo(HexFormat.of().formatHex(expected));
  }
}
