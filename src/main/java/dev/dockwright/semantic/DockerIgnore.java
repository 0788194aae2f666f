package dev.dockwright.semantic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The patterns of a {@code .dockerignore} file and Docker's matcher for them, as BuildKit applies them to
 * the build context ({@code github.com/moby/patternmatcher} and its {@code ignorefile} reader):
 *
 * <ul>
 *   <li>Reading: a line starting with {@code #} is a comment; lines are trimmed; a leading {@code !} marks an
 *       exception (re-inclusion); each pattern is cleaned like Go's {@code filepath.Clean}, and a leading
 *       {@code /} is dropped, so patterns are relative to the context root. A UTF-8 BOM is skipped.
 *   <li>Matching: {@code *} is any run of characters except {@code /}, {@code ?} one such character,
 *       {@code [...]} a class, {@code \} escapes the next character, {@code **} any number of directories
 *       (also none); {@code **} at the end matches everything below. A path is excluded when the last
 *       pattern that matches it (or one of its parent directories) is not an exception.
 * </ul>
 *
 * <p>A pattern Go's {@code filepath.Match} rejects (an unclosed {@code [}, a trailing {@code \}) makes
 * BuildKit fail the build; such a file parses with {@link #error()} set and matches nothing.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DockerIgnore {
  private static final String ESCAPED_REGEX_CHARS = ".+()|{}$";

  private final String origin;
  private final List<IgnorePattern> patterns;
  private final Optional<String> error;

  private DockerIgnore(String origin, List<IgnorePattern> patterns, Optional<String> error) {
    this.origin = origin;
    this.patterns = List.copyOf(patterns);
    this.error = error;
  }

  /**
   * Parses the text of an ignore file.
   *
   * @param origin the file's name for messages ({@code .dockerignore} or {@code Dockerfile.dockerignore})
   */
  public static DockerIgnore parse(String origin, String text) {
    List<IgnorePattern> out = new ArrayList<>();
    String error = null;
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    for (String line : body.split("\r?\n|\r", -1)) {
      if (line.startsWith("#")) {
        continue;
      }
      String pattern = line.strip();
      if (pattern.isEmpty()) {
        continue;
      }
      boolean exclusion = pattern.charAt(0) == '!';
      if (exclusion) {
        pattern = pattern.substring(1).strip();
        if (pattern.isEmpty()) {
          error = error != null ? error : "illegal exclusion pattern: \"!\"";
          continue;
        }
      }
      pattern = cleanPath(pattern);
      if (pattern.length() > 1 && pattern.charAt(0) == '/') {
        pattern = pattern.substring(1);
      }
      Optional<String> problem = syntaxProblem(pattern);
      if (problem.isPresent()) {
        error = error != null ? error : "invalid pattern `" + pattern + "`: " + problem.get();
        continue;
      }
      out.add(IgnorePattern.compile(pattern, exclusion));
    }
    return new DockerIgnore(origin, out, Optional.ofNullable(error));
  }

  public String origin() {
    return origin;
  }

  public List<IgnorePattern> patterns() {
    return patterns;
  }

  /** Why BuildKit would reject the file, if it would. */
  public Optional<String> error() {
    return error;
  }

  /** Whether any pattern is an exception ({@code !pattern}). */
  public boolean hasExclusions() {
    return patterns.stream().anyMatch(IgnorePattern::exclusion);
  }

  /**
   * Patternmatcher's {@code MatchesOrParentMatches}: whether {@code path} (slash-separated, relative to the
   * context root) is excluded from the build context, directly or through one of its parent directories.
   */
  public boolean isExcluded(String path) {
    return exclusionCause(path).isPresent();
  }

  /** The pattern that excludes {@code path} (the last one to decide), when {@link #isExcluded} is true. */
  public Optional<IgnorePattern> exclusionCause(String path) {
    if (error.isPresent()) {
      return Optional.empty();
    }
    String parent = dir(path);
    String[] parentDirs = parent.split("/", -1);
    boolean matched = false;
    IgnorePattern cause = null;
    for (IgnorePattern p : patterns) {
      if (p.exclusion() != matched) {
        continue;
      }
      boolean match = p.matches(path);
      if (!match && !parent.equals(".")) {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parentDirs.length && !match; i++) {
          if (i > 0) {
            prefix.append('/');
          }
          prefix.append(parentDirs[i]);
          match = p.matches(prefix.toString());
        }
      }
      if (match) {
        matched = !p.exclusion();
        cause = p;
      }
    }
    return matched ? Optional.of(cause) : Optional.empty();
  }

  /** Whether a non-exception pattern excludes every entry of the context root ({@code *}, {@code **}, {@code **}{@code /*}). */
  public boolean excludesWholeContext() {
    return patterns.stream().anyMatch(p -> !p.exclusion()
        && (p.text().equals("*") || p.text().equals("**") || p.text().equals("**/*")));
  }

  /** Go's {@code filepath.Clean} for slash-separated paths: the shortest equivalent path, lexically. */
  public static String cleanPath(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.charAt(0) == '/';
    List<String> out = new ArrayList<>();
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!out.isEmpty() && !out.get(out.size() - 1).equals("..")) {
          out.remove(out.size() - 1);
        } else if (!rooted) {
          out.add("..");
        }
        continue;
      }
      out.add(part);
    }
    String joined = String.join("/", out);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }

  /** Go's {@code filepath.Dir}: everything before the last {@code /}, cleaned. */
  static String dir(String path) {
    int slash = path.lastIndexOf('/');
    return cleanPath(slash < 0 ? "" : path.substring(0, slash + 1));
  }

  /** What Go's {@code filepath.Match} would reject in a pattern. */
  private static Optional<String> syntaxProblem(String pattern) {
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        if (i + 1 >= pattern.length()) {
          return Optional.of("trailing `\\`");
        }
        i++;
      } else if (c == '[' && !inClass) {
        inClass = true;
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '^') {
          i++;
        }
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == ']') {
          return Optional.of("empty character class");
        }
      } else if (c == ']' && inClass) {
        inClass = false;
      }
    }
    return inClass ? Optional.of("unclosed `[`") : Optional.empty();
  }

  @Override
  public String toString() {
    return origin + patterns;
  }

  /**
   * One pattern, compiled the way patternmatcher does: an exact string, a prefix ({@code dir/**}), a suffix
   * ({@code **}{@code /name}) or a regular expression.
   */
  public record IgnorePattern(String text, boolean exclusion, Kind kind, Pattern regex) {

    public enum Kind { EXACT, PREFIX, SUFFIX, REGEX, INVALID }

    static IgnorePattern compile(String text, boolean exclusion) {
      StringBuilder re = new StringBuilder("^");
      Kind kind = Kind.EXACT;
      int n = text.length();
      int token = 0;
      for (int i = 0; i < n; token++) {
        char c = text.charAt(i++);
        if (c == '*') {
          if (i < n && text.charAt(i) == '*') {
            i++;
            if (i < n && text.charAt(i) == '/') {
              i++;
            }
            if (i >= n) {
              if (kind == Kind.EXACT) {
                kind = Kind.PREFIX;
              } else {
                re.append(".*");
                kind = Kind.REGEX;
              }
            } else {
              re.append("(.*/)?");
              kind = Kind.REGEX;
            }
            if (token == 0) {
              kind = Kind.SUFFIX;
            }
          } else {
            re.append("[^/]*");
            kind = Kind.REGEX;
          }
        } else if (c == '?') {
          re.append("[^/]");
          kind = Kind.REGEX;
        } else if (ESCAPED_REGEX_CHARS.indexOf(c) >= 0) {
          re.append('\\').append(c);
        } else if (c == '\\') {
          if (i < n) {
            re.append('\\').append(text.charAt(i++));
            kind = Kind.REGEX;
          } else {
            re.append("\\\\");
          }
        } else if (c == '[' || c == ']') {
          re.append(c);
          kind = Kind.REGEX;
        } else if (c == '&') {
          // Java would read `&&` inside a class as an intersection; Go's regexp reads it literally.
          re.append('\\').append(c);
        } else {
          re.append(c);
        }
      }
      Pattern compiled = null;
      if (kind == Kind.REGEX) {
        try {
          compiled = Pattern.compile(re.append('$').toString());
        } catch (PatternSyntaxException e) {
          kind = Kind.INVALID;
        }
      }
      return new IgnorePattern(text, exclusion, kind, compiled);
    }

    /** Whether the pattern matches {@code path} itself (no parent-directory matching). */
    public boolean matches(String path) {
      switch (kind) {
        case EXACT:
          return path.equals(text);
        case PREFIX:
          return path.startsWith(text.substring(0, text.length() - 2));
        case SUFFIX: {
          String suffix = text.substring(2);
          if (path.endsWith(suffix)) {
            return true;
          }
          return !suffix.isEmpty() && suffix.charAt(0) == '/' && path.equals(suffix.substring(1));
        }
        case REGEX:
          return regex.matcher(path).find();
        default:
          return false;
      }
    }

    @Override
    public String toString() {
      return (exclusion ? "!" : "") + text;
    }
  }
}
