package dev.dockwright.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.dist.Processes.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code target/dockwright-VERSION-linux-x64.tar.gz}, unpacked somewhere else than where it was built and run
 * with no Java on {@code PATH} and no {@code JAVA_HOME}: it brings its own runtime and start-up archive.
 */
class BundleIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  @TempDir static Path tmp;
  private static Path home;
  private static Map<String, String> noJava;

  @BeforeAll
  static void unpack() throws Exception {
    String name = "dockwright-" + Processes.version();
    Path tarball = ROOT.resolve("target/" + name + "-linux-x64.tar.gz");
    assertThat(tarball).isRegularFile();
    Run untar = Processes.run(tmp, Map.of("PATH", "/usr/bin:/bin"), List.of("tar", "-xzf", tarball.toString()));
    assertThat(untar.exit()).as(untar.err()).isZero();
    home = tmp.resolve(name);
    noJava = Map.of("PATH", Processes.path(tmp.resolve("path"), false).toString());
  }

  @Test
  void holdsTheLauncherTheJarAndARuntimeOfTheModulesItNeeds() throws Exception {
    try (Stream<Path> top = Files.list(home)) {
      assertThat(top.map(p -> p.getFileName().toString()).sorted()).containsExactly("bin", "lib", "runtime");
    }
    assertThat(Files.isExecutable(home.resolve("bin/dockwright"))).isTrue();
    assertThat(Files.mismatch(home.resolve("lib/dockwright.jar"), ROOT.resolve("target/dockwright.jar")))
        .isEqualTo(-1L);
    String modules = Files.readAllLines(home.resolve("runtime/release")).stream()
        .filter(l -> l.startsWith("MODULES=")).findFirst().orElseThrow();
    assertThat(Arrays.asList(modules.substring("MODULES=\"".length(), modules.length() - 1).split(" ")))
        .containsExactlyInAnyOrder("java.base", "java.logging", "java.sql", "java.transaction.xa", "java.xml");
  }

  @Test
  void lintsAsTheJarDoesWithNoJavaOnTheMachine() throws Exception {
    for (List<String> args : List.of(
        List.of("lint", "--no-config", ROOT.resolve("testdata/cli/project").toString()),
        List.of("lint", "--no-config", "--format", "sarif", ROOT.resolve("testdata/cli/project").toString()),
        List.of("rules", "--format", "json"),
        List.of("explain", "leftover-sysinit-wants"),
        List.of("boot", ROOT.resolve("testdata/boot-truth/bookworm-minimal/Dockerfile").toString()))) {
      Run run = Processes.run(ROOT, noJava, launcher(args));
      assertThat(run.err()).as("%s", args).isEmpty();
      assertThat(run.out()).as("%s", args).isEqualTo(SingleFileIT.jarOutput(args, noJava));
    }
  }

  /** The archive trained at build time still maps after the move: with it made mandatory the JVM starts. */
  @Test
  void itsStartUpArchiveSurvivesTheMove() throws Exception {
    String mandatory = Files.exists(home.resolve("lib/dockwright.aot")) ? "-XX:AOTMode=on" : "-Xshare:on";
    Run run = Processes.run(ROOT, Map.of("PATH", noJava.get("PATH"), "DOCKWRIGHT_JAVA_OPTS", mandatory),
        launcher(List.of("--version")));
    assertThat(run).isEqualTo(new Run(0, "dockwright " + Processes.version() + "\n", ""));
  }

  @Test
  void runsThroughASymbolicLink() throws Exception {
    Path link = Files.createDirectories(tmp.resolve("links")).resolve("dockwright");
    Files.createSymbolicLink(link, Path.of("..", home.getFileName().toString(), "bin", "dockwright"));
    Run run = Processes.run(tmp, noJava, List.of(link.toString(), "--version"));
    assertThat(run).isEqualTo(new Run(0, "dockwright " + Processes.version() + "\n", ""));
  }

  private static List<String> launcher(List<String> args) {
    return Stream.concat(Stream.of(home.resolve("bin/dockwright").toString()), args.stream()).toList();
  }
}
