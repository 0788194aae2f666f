package dev.dockwright.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every directory under {@code testdata/report/} holds Dockerfiles (linted with the rules in
 * {@link ReportFixtures#GOLDEN_RULES}, named relative to the directory, in a run at
 * {@link ReportFixtures#WORKING_DIRECTORY}), an optional {@code notifications.tsv} (path TAB message: files
 * that could not be read), and the expected report in each CI format. Each report must also pass its
 * format's schema. After an intended change, rewrite the files with
 * {@code mvn -o -q test -Dtest=ReportGoldenTest -Ddockwright.updateGoldens=true} and review the diff.
 */
class ReportGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("dockwright.updateGoldens");

  private record Format(String name, Reporter reporter, String file, Consumer<String> schema) {}

  private static final List<Format> FORMATS = List.of(
      new Format("sarif", new SarifReporter(), "expected.sarif", ReportSchemas::assertValidSarif),
      new Format("checkstyle", new CheckstyleReporter(), "expected-checkstyle.xml",
          ReportSchemas::assertValidCheckstyle),
      new Format("gitlab", new GitlabReporter(), "expected-gitlab.json", ReportSchemas::assertValidGitlab),
      new Format("junit", new JunitReporter(), "expected-junit.xml", ReportSchemas::assertValidJunit));

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(Path.of("testdata/report"))) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        for (Format f : FORMATS) {
          out.add(Arguments.of(dir.getFileName() + " " + f.name(), dir, f));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGoldenFile(String name, Path dir, Format format) throws IOException {
    LintRun run = ReportFixtures.runDirectory(dir, notifications(dir));
    String actual = ReportFixtures.write(format.reporter(), run);
    format.schema().accept(actual);
    Path expected = dir.resolve(format.file());
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  private static List<LintRun.Notification> notifications(Path dir) throws IOException {
    Path file = dir.resolve("notifications.tsv");
    if (!Files.exists(file)) {
      return List.of();
    }
    List<LintRun.Notification> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        out.add(new LintRun.Notification(line.substring(0, tab), line.substring(tab + 1)));
      }
    }
    return out;
  }
}
