package dev.dockwright.integrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.ast.Argument;
import dev.dockwright.ast.CommandLine;
import dev.dockwright.ast.Instruction;
import dev.dockwright.engine.FileResult;
import dev.dockwright.engine.Finding;
import dev.dockwright.engine.Linter;
import dev.dockwright.parser.DockerfileReader;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.DockerIgnore;
import dev.dockwright.semantic.DockerfileModel;
import dev.dockwright.semantic.ImageReference;
import dev.dockwright.semantic.Stage;
import dev.dockwright.semantic.StageReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repository's own {@code Dockerfile} (the published image) and its {@code .dockerignore}, checked without
 * a container engine: dockwright finds nothing at warning or above in it, its stages are the ones docs/ci.md
 * describes, and the build context holds every path the build reads.
 */
class RootDockerfileTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final Path DOCKERFILE = PROJECT.resolve("Dockerfile");

  private static DockerfileModel model;
  private static DockerIgnore ignore;

  @BeforeAll
  static void read() throws IOException {
    model = DockerfileModel.of(DockerfileReader.parse(Files.readAllBytes(DOCKERFILE)).ast());
    ignore = DockerIgnore.parse(".dockerignore", Files.readString(PROJECT.resolve(".dockerignore")));
  }

  @Test
  void dockwrightFindsNothingAtWarningOrAbove() throws IOException {
    // the path on disk, so that the linter reads the .dockerignore beside it, as `dockwright lint Dockerfile` does
    FileResult result = Linter.defaults().lint(DOCKERFILE.toString(), Files.readAllBytes(DOCKERFILE));
    List<Finding> serious = result.activeFindings().stream().filter(f -> f.severity().atLeast(Severity.WARNING))
        .toList();
    assertThat(serious).as("findings at warning or above in the root Dockerfile:%n%s", describe(serious)).isEmpty();
  }

  private static String describe(List<Finding> findings) {
    return findings.stream().map(f -> "Dockerfile:" + f.range().startLine() + ":" + f.range().startColumn() + ": "
        + f.severity().label() + " [" + f.displayCode() + " " + f.rule().name() + "] " + f.message())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void buildsTheJarThenTheBundleThenASmallNonRootImage() {
    List<Stage> stages = model.stages();
    assertThat(stages).extracting(s -> s.name().orElse("(final)")).containsExactly("build", "bundle", "(final)");

    Stage build = stages.get(0);
    assertThat(image(build).familiarName()).isEqualTo("maven");
    assertThat(image(build).tag()).contains("eclipse-temurin");
    Instruction.Run maven = runContaining(build, "mvn -B -DskipTests package -Ddockwright.bundle.skip=true");
    assertThat(model.mounts(maven)).as("a BuildKit cache mount keeps the Maven repository between builds")
        .anySatisfy(m -> {
          assertThat(m.type()).isEqualTo("cache");
          assertThat(m.target()).contains("/root/.m2");
        });

    Stage bundle = stages.get(1);
    assertThat(image(bundle).familiarName() + ":" + image(bundle).tag()).isEqualTo("eclipse-temurin:25-jdk");
    runContaining(bundle, "dist/bundle.sh target/dockwright.jar");
    assertThat(copiesFrom(bundle)).contains("build");

    Stage last = stages.get(2);
    assertThat(last.parent()).as("the final stage starts from a base image, not from the JDK stages").isEmpty();
    assertThat(copiesFrom(last)).contains("bundle");
    List<Instruction.User> users = last.instructions(Instruction.User.class);
    assertThat(users).as("the final stage sets its USER").isNotEmpty();
    String user = users.get(users.size() - 1).value().orElseThrow().text();
    assertThat(user.split(":", -1)[0]).as("the image's user").isNotIn("root", "0");

    List<Instruction.Entrypoint> entrypoints = last.instructions(Instruction.Entrypoint.class);
    assertThat(entrypoints).hasSize(1);
    assertThat(entrypoints.get(0).command()).get().isInstanceOfSatisfying(CommandLine.ExecForm.class,
        exec -> assertThat(exec.args()).extracting(Argument::value).containsExactly("dockwright"));
    assertThat(last.instructions(Instruction.Workdir.class)).isNotEmpty();
  }

  @Test
  void everyImageIsPinnedToATagThatIsNotLatest() {
    List<ImageReference> images = new ArrayList<>();
    for (Stage stage : model.stages()) {
      if (stage.parent().isEmpty()) {
        images.add(image(stage));
      }
      for (Instruction i : stage.instructions()) {
        model.copyFrom(i).filter(r -> r.kind() == StageReference.Kind.IMAGE).flatMap(StageReference::image)
            .ifPresent(images::add);
      }
    }
    assertThat(images).hasSizeGreaterThanOrEqualTo(3).allSatisfy(image -> {
      assertThat(image.tag()).as("the tag of %s", image.text()).isNotNull().isNotEqualTo("latest");
      assertThat(image.hasVariable()).as("%s is fixed in the Dockerfile", image.text()).isFalse();
    });
  }

  @Test
  void theBuildContextKeepsEveryCopiedPath() throws IOException {
    assertThat(ignore.error()).isEmpty();
    List<String> sources = contextSources();
    assertThat(sources).contains("pom.xml", "src/main/");
    for (String source : sources) {
      Path path = PROJECT.resolve(source);
      assertThat(path).as("COPY source %s", source).exists();
      try (Stream<Path> files = Files.walk(path)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String relative = PROJECT.relativize(file).toString().replace('\\', '/');
          assertThat(ignore.exclusionCause(relative)).as("%s (copied as %s) is left out of the build context by",
              relative, source).isEmpty();
        }
      }
    }
    for (String left : List.of(".git/HEAD", "target/dockwright.jar", "src/test/java/Some.java", "bench/run-jmh.sh")) {
      assertThat(ignore.isExcluded(left)).as("%s stays out of the build context", left).isTrue();
    }
  }

  @Test
  void theBuildStageCopiesEveryPathThePomReads() throws IOException {
    String pom = Files.readString(PROJECT.resolve("pom.xml"));
    List<String> read = new ArrayList<>();
    Matcher m = Pattern.compile("\\$\\{project\\.basedir}/([\\w./-]+)|<directory>([^<$]+)</directory>").matcher(pom);
    while (m.find()) {
      read.add(m.group(1) != null ? m.group(1) : m.group(2).strip());
    }
    assertThat(read).contains("grammar", "rules", "testdata/cli/project");
    List<String> copied = copiedSources(model.stages().get(0));
    for (String path : read) {
      assertThat(copied).as("the build stage copies %s, which pom.xml reads", path)
          .anyMatch(source -> DockerfileModel.pathCovers(source, path));
    }
  }

  private static ImageReference image(Stage stage) {
    return stage.base().reference().orElseThrow(() -> new AssertionError("no image in " + stage));
  }

  private static Instruction.Run runContaining(Stage stage, String command) {
    for (Instruction.Run run : stage.instructions(Instruction.Run.class)) {
      Optional<String> script = run.command().filter(CommandLine.ShellForm.class::isInstance)
          .map(c -> ((CommandLine.ShellForm) c).text().replaceAll("\\s+", " "));
      if (script.isPresent() && script.get().contains(command)) {
        return run;
      }
    }
    throw new AssertionError("no RUN in stage " + stage.displayName() + " runs `" + command + "`");
  }

  private static List<String> copiesFrom(Stage stage) {
    return stage.instructions().stream().map(model::copyFrom).flatMap(Optional::stream)
        .flatMap(r -> r.stage().stream()).map(s -> s.name().orElse("#" + s.index())).toList();
  }

  /** The sources of the COPY and ADD instructions that read the build context, in every stage. */
  private static List<String> contextSources() {
    return model.stages().stream().flatMap(s -> copiedSources(s).stream()).distinct().toList();
  }

  private static List<String> copiedSources(Stage stage) {
    List<String> out = new ArrayList<>();
    for (Instruction i : stage.instructions()) {
      List<Argument> args = i instanceof Instruction.Copy c ? c.args() : i instanceof Instruction.Add a ? a.args()
          : List.of();
      if (args.size() >= 2 && i.flag("from").isEmpty()) {
        args.subList(0, args.size() - 1).forEach(a -> out.add(a.value()));
      }
    }
    return out;
  }
}
