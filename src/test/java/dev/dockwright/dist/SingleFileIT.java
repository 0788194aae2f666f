package dev.dockwright.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.dist.Processes.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code target/dockwright}, the one-file download: a shell stub, then the jar, on whatever Java is there. */
class SingleFileIT {
  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Path FILE = ROOT.resolve("target/dockwright");
  private static final Path JAR = ROOT.resolve("target/dockwright.jar");
  private static final String JAVA_HOME = System.getProperty("java.home");
  private static final List<String> LINT = List.of("lint", "--no-config", "testdata/cli/project/Dockerfile");

  @TempDir Path tmp;

  @Test
  void isTheStubFollowedByTheWholeJar() throws IOException {
    byte[] file = Files.readAllBytes(FILE);
    byte[] jar = Files.readAllBytes(JAR);
    assertThat(new String(file, 0, 10, StandardCharsets.US_ASCII)).isEqualTo("#!/bin/sh\n");
    assertThat(Arrays.copyOfRange(file, file.length - jar.length, file.length)).isEqualTo(jar);
    assertThat(Files.isExecutable(FILE)).isTrue();
  }

  @Test
  void runsOnTheJavaOfJavaHome() throws Exception {
    Map<String, String> env = Map.of("PATH", Processes.path(tmp.resolve("bin"), false).toString(),
        "JAVA_HOME", JAVA_HOME, "HOME", tmp.toString());
    Run run = Processes.run(ROOT, env, command(LINT));
    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(jarOutput(LINT, env)).startsWith("testdata/cli/project/Dockerfile:2:1: error "
        + "[DW3000 maintainer-deprecated] `MAINTAINER` is deprecated: use `LABEL maintainer=\"Jane Doe\"` instead\n");
  }

  @Test
  void runsOnTheJavaOnPathWithoutJavaHome() throws Exception {
    Run run = Processes.run(ROOT, Map.of("PATH", Processes.path(tmp.resolve("bin"), true).toString(),
        "HOME", tmp.toString()), command(List.of("--version")));
    assertThat(run).isEqualTo(new Run(0, "dockwright " + Processes.version() + "\n", ""));
  }

  @Test
  void withoutJavaSaysWhatToInstall() throws Exception {
    Run run = Processes.run(ROOT, Map.of("PATH", Processes.path(tmp.resolve("bin"), false).toString(),
        "HOME", tmp.toString()), command(LINT));
    assertThat(run).isEqualTo(new Run(2, "",
        "dockwright: Java 17 or later is needed: install a JDK or JRE, or set JAVA_HOME\n"));
  }

  /** The first run records a class-data archive in the user's cache; the next maps it, with the same output. */
  @Test
  void keepsOneClassDataArchivePerJavaInTheUserCache() throws Exception {
    Path cache = tmp.resolve("cache");
    Map<String, String> env = Map.of("PATH", Processes.path(tmp.resolve("bin"), false).toString(),
        "JAVA_HOME", JAVA_HOME, "XDG_CACHE_HOME", cache.toString());
    Run first = Processes.run(ROOT, env, command(LINT));
    List<String> archives;
    try (Stream<Path> files = Files.list(cache.resolve("dockwright"))) {
      archives = files.map(p -> p.getFileName().toString()).toList();
    }
    assertThat(archives).singleElement().asString().matches("dockwright-[0-9]+-java-[0-9][0-9.+a-z-]*\\.jsa");
    Run second = Processes.run(ROOT, Map.of("PATH", env.get("PATH"), "JAVA_HOME", JAVA_HOME,
        "XDG_CACHE_HOME", cache.toString(), "DOCKWRIGHT_JAVA_OPTS", "-Xshare:on"), command(LINT));
    assertThat(second).isEqualTo(first);
    assertThat(first.exit()).isEqualTo(1);
  }

  @Test
  void stubIsCleanForShellCheck() throws Exception {
    java.util.Optional<Path> shellcheck = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "")
        .split(java.io.File.pathSeparator)).map(d -> Path.of(d, "shellcheck")).filter(Files::isExecutable).findFirst();
    Assumptions.assumeTrue(shellcheck.isPresent(), "needs shellcheck on PATH (Debian package shellcheck)");
    String file = new String(Files.readAllBytes(FILE), StandardCharsets.ISO_8859_1);
    Path stub = tmp.resolve("stub.sh");
    Files.writeString(stub, file.substring(0, file.indexOf("PK\u0003\u0004")), StandardCharsets.ISO_8859_1);
    Run run = Processes.run(ROOT, Map.of("PATH", "/usr/bin:/bin"), List.of(shellcheck.get().toString(), "-s", "sh",
        stub.toString()));
    assertThat(run.out()).isEmpty();
    assertThat(run.exit()).isZero();
  }

  private static List<String> command(List<String> args) {
    return Stream.concat(Stream.of(FILE.toString()), args.stream()).toList();
  }

  /** What the jar prints on this JVM, with the same {@code PATH} (ShellCheck's findings depend on it). */
  static String jarOutput(List<String> args, Map<String, String> env) throws Exception {
    List<String> command = Stream.concat(Stream.of(Path.of(JAVA_HOME, "bin", "java").toString(), "-jar",
        JAR.toString()), args.stream()).toList();
    return Processes.run(ROOT, Map.of("PATH", env.get("PATH")), command).out();
  }
}
