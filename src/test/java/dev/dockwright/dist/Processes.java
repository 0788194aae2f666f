package dev.dockwright.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the built artifacts as a user would, with an environment of the test's choosing. */
final class Processes {
  /** What a run printed and how it ended. */
  record Run(int exit, String out, String err) { }

  private Processes() { }

  static Run run(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    Path out = Files.createTempFile("dockwright-out", ".txt");
    Path err = Files.createTempFile("dockwright-err", ".txt");
    try {
      pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(
          new java.io.File("/dev/null")));
      Process p = pb.start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /**
   * A directory to use as the whole PATH: links to the few programs the launchers may call, and to
   * {@code java} only when asked. The machine's own PATH holds a java, which would hide a launcher that
   * relies on one.
   */
  static Path path(Path dir, boolean withJava) throws IOException {
    Files.createDirectories(dir);
    for (String tool : List.of("sh", "readlink", "sed", "mkdir", "mv", "rm", "cut", "cksum")) {
      for (String bin : List.of("/usr/bin/", "/bin/")) {
        Path target = Path.of(bin + tool);
        if (Files.isExecutable(target)) {
          wrapper(dir.resolve(tool), target);
          break;
        }
      }
    }
    if (withJava) {
      wrapper(dir.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    }
    return dir;
  }

  /** A script that runs {@code target} (not a link: JUnit warns about links out of its temporary directories). */
  private static void wrapper(Path file, Path target) throws IOException {
    Files.writeString(file, "#!/bin/sh\nexec '" + target + "' \"$@\"\n");
    if (!file.toFile().setExecutable(true)) {
      throw new IOException("cannot make " + file + " executable");
    }
  }

  static String version() {
    String v = System.getProperty("dockwright.version");
    if (v == null) {
      throw new AssertionError("run under failsafe: dockwright.version is the pom's version");
    }
    return v;
  }
}
