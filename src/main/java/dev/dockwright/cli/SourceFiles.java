package dev.dockwright.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads input files with one-line, actionable errors. */
public final class SourceFiles {
  private SourceFiles() {}

  public static byte[] read(String path, InputStream stdin) {
    if (path.equals("-")) {
      try {
        return stdin.readAllBytes();
      } catch (IOException e) {
        throw new UsageError("cannot read standard input: " + e.getMessage());
      }
    }
    Path p = Path.of(path);
    if (Files.isDirectory(p)) {
      throw new UsageError("'" + path + "' is a directory: name a Dockerfile");
    }
    try {
      return Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      throw new UsageError("cannot read '" + path + "': no such file");
    } catch (AccessDeniedException e) {
      throw new UsageError("cannot read '" + path + "': permission denied");
    } catch (IOException e) {
      throw new UsageError("cannot read '" + path + "': " + e.getMessage());
    }
  }
}
