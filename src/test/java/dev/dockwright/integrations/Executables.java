package dev.dockwright.integrations;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Programs for the integration tests, which drive real scripts: finding them, writing small ones. */
final class Executables {
  private Executables() {}

  static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  /** {@code s} as one word for a POSIX shell. */
  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  /** Writes an executable script (rwxr-xr-x), creating its directory. */
  static Path script(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  /**
   * A dockwright executable at {@code file} that runs this build's classes from the test classpath, so tests
   * need no jar. {@code arguments} is the shell text after the main class, e.g. {@code "$@"}.
   */
  static Path dockwrightLauncher(Path file, String arguments) throws IOException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return script(file, "#!/usr/bin/env bash\n"
        + "exec " + quote(java) + " -XX:TieredStopAtLevel=1 -cp " + quote(classpath) + " dev.dockwright.cli.Main "
        + arguments + "\n");
  }
}
