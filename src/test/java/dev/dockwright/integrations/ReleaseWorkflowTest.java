package dev.dockwright.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What {@code .github/workflows/release.yml} promises, read from the YAML (GitHub Actions does not run here):
 * a tag push releases, after the test command README and {@code .ci/run} use; the image is pushed from the root
 * Dockerfile before both release files are attached.
 */
class ReleaseWorkflowTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final String IMAGE = "ghcr.io/dockwright/dockwright";

  private static JsonNode workflow;
  private static List<JsonNode> steps;

  @BeforeAll
  static void read() throws IOException {
    workflow = new YAMLMapper().readTree(PROJECT.resolve(".github/workflows/release.yml").toFile());
    steps = new ArrayList<>();
    workflow.path("jobs").forEach(job -> job.path("steps").forEach(steps::add));
  }

  @Test
  void runsOnTagPushesOnly() {
    JsonNode on = workflow.path("on");
    assertThat(on.fieldNames()).toIterable().containsExactly("push");
    assertThat(on.path("push").fieldNames()).toIterable().containsExactly("tags");
    assertThat(on.path("push").path("tags")).extracting(JsonNode::asText).containsExactly("v*");
    assertThat(workflow.path("permissions").path("contents").asText()).isEqualTo("write");
    assertThat(workflow.path("permissions").path("packages").asText()).isEqualTo("write");
  }

  @Test
  void buildsAndTestsWithTheProjectsTestCommandAndJdk25ForTheBundle() throws IOException {
    assertThat(Files.readString(PROJECT.resolve(".ci/run"))).contains("\nmvn -B verify\n");
    assertThat(Files.readString(PROJECT.resolve("README.md"))).contains("\nmvn -B verify\n");
    assertThat(javaVersions()).contains("17", "25");
    JsonNode jdk25 = step(s -> s.path("with").path("java-version").asText().equals("25"));
    JsonNode build = step(s -> s.path("run").asText().contains("mvn -B verify"));
    assertThat(build.path("run").asText())
        .contains("-Ddockwright.bundle.jdk=\"${{ steps." + jdk25.path("id").asText() + ".outputs.path }}\"");
    JsonNode lastJdk = steps.stream().filter(s -> s.path("uses").asText().startsWith("actions/setup-java@"))
        .reduce((a, b) -> b).orElseThrow();
    assertThat(lastJdk.path("with").path("java-version").asText()).as("JAVA_HOME, which runs the tests")
        .isEqualTo("17");
  }

  @Test
  void pushesTheImageOfTheRootDockerfileThenAttachesBothReleaseFiles() {
    JsonNode push = step(s -> s.path("uses").asText().equals("docker/build-push-action@v6"));
    JsonNode with = push.path("with");
    assertThat(with.path("push").asBoolean()).isTrue();
    assertThat(with.path("context").asText()).isEqualTo(".");
    assertThat(with.path("file").asText()).isEqualTo("Dockerfile");
    assertThat(with.path("tags").asText().lines().map(String::strip).toList())
        .containsExactly(IMAGE + ":${{ steps.version.outputs.version }}", IMAGE + ":latest");
    assertThat(step(s -> s.path("uses").asText().startsWith("docker/login-action@")).path("with")
        .path("registry").asText()).isEqualTo("ghcr.io");

    JsonNode version = step(s -> s.path("id").asText().equals("version"));
    assertThat(version.path("run").asText()).as("the tag must be v + pom.xml's version")
        .contains("help:evaluate -Dexpression=project.version").contains("\"v$version\" != \"$GITHUB_REF_NAME\"");

    JsonNode release = step(s -> s.path("run").asText().contains("gh release upload"));
    assertThat(release.path("run").asText()).contains(" target/dockwright ")
        .contains(" target/dockwright-*-linux-x64.tar.gz");
    JsonNode build = step(s -> s.path("run").asText().contains("mvn -B verify"));
    assertThat(List.of(version, build, push, release)).map(steps::indexOf).isSorted();
  }

  private static List<String> javaVersions() {
    return steps.stream().filter(s -> s.path("uses").asText().startsWith("actions/setup-java@"))
        .peek(s -> assertThat(s.path("with").path("distribution").asText()).isEqualTo("temurin"))
        .map(s -> s.path("with").path("java-version").asText()).toList();
  }

  private static JsonNode step(Predicate<JsonNode> which) {
    List<JsonNode> found = steps.stream().filter(which).toList();
    assertThat(found).as("steps of release.yml that match").hasSize(1);
    return found.get(0);
  }
}
