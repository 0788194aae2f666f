package dev.dockwright.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * File paths as CI services want them: relative to the working directory (the repository root in CI) with
 * {@code /} separators, and as RFC 3986 URI references for SARIF.
 */
final class ReportPaths {
  private ReportPaths() {}

  /**
   * The path relative to {@code workingDirectory} with {@code /} separators ({@code ./Dockerfile} becomes
   * {@code Dockerfile}), or empty when the file lies outside it.
   */
  static Optional<String> relative(Path workingDirectory, String displayPath) {
    Path p;
    try {
      p = Path.of(displayPath);
    } catch (InvalidPathException e) {
      return Optional.of(displayPath.replace('\\', '/'));
    }
    Path root = workingDirectory.toAbsolutePath().normalize();
    Path absolute = root.resolve(p).normalize();
    if (!absolute.startsWith(root) || absolute.equals(root)) {
      return Optional.empty();
    }
    return Optional.of(slashed(root.relativize(absolute)));
  }

  /** {@link #relative} or, for a file outside the working directory, the normalized path as given. */
  static String repositoryPath(Path workingDirectory, String displayPath) {
    return relative(workingDirectory, displayPath).orElseGet(() -> {
      try {
        return slashed(Path.of(displayPath).normalize());
      } catch (InvalidPathException e) {
        return displayPath.replace('\\', '/');
      }
    });
  }

  /** A relative URI reference for a relative {@code /}-separated path: each segment percent-encoded. */
  static String uriReference(String relativePath) {
    List<String> out = new ArrayList<>();
    for (String segment : relativePath.split("/", -1)) {
      out.add(encodeSegment(segment));
    }
    return String.join("/", out);
  }

  /** {@code file:///abs/path} (with a trailing {@code /} for a directory), percent-encoded. */
  static String fileUri(Path absolute, boolean directory) {
    Path p = absolute.toAbsolutePath().normalize();
    StringBuilder sb = new StringBuilder("file://");
    Path root = p.getRoot();
    if (root != null && !root.toString().equals("/")) {
      // A Windows drive: file:///C:/...
      String drive = root.toString().replace('\\', '/');
      sb.append('/').append(drive.endsWith("/") ? drive.substring(0, drive.length() - 1) : drive);
    }
    for (Path segment : p) {
      sb.append('/').append(encodeSegment(segment.toString()));
    }
    if (directory && sb.charAt(sb.length() - 1) != '/') {
      sb.append('/');
    }
    if (sb.length() == "file://".length()) {
      sb.append('/');
    }
    return sb.toString();
  }

  /** Keeps RFC 3986 unreserved characters, percent-encodes every other UTF-8 byte. */
  static String encodeSegment(String segment) {
    StringBuilder sb = new StringBuilder(segment.length() + 8);
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
          || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return sb.toString();
  }

  private static String slashed(Path p) {
    List<String> parts = new ArrayList<>();
    for (Path segment : p) {
      parts.add(segment.toString());
    }
    String joined = String.join("/", parts);
    return p.isAbsolute() ? p.getRoot().toString().replace('\\', '/') + joined : joined;
  }
}
