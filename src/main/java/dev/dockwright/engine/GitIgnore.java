package dev.dockwright.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of one {@code .gitignore} file (gitignore(5)): blank lines and {@code #} comments skipped,
 * {@code !} re-includes, a trailing {@code /} matches directories only, a {@code /} elsewhere anchors the
 * pattern to the file's directory, {@code *}, {@code ?}, {@code [...]} and {@code **} globs.
 */
public final class GitIgnore {
  private record Rule(Pattern pattern, boolean negated, boolean directoryOnly) {}

  private final Path base;
  private final List<Rule> rules;

  private GitIgnore(Path base, List<Rule> rules) {
    this.base = base;
    this.rules = rules;
  }

  public static GitIgnore load(Path directory) {
    Path file = directory.resolve(".gitignore");
    if (!Files.isRegularFile(file)) {
      return new GitIgnore(directory, List.of());
    }
    try {
      return parse(directory, Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new GitIgnore(directory, List.of());
    }
  }

  public static GitIgnore parse(Path base, List<String> lines) {
    List<Rule> rules = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.replaceAll("(?<!\\\\)\\s+$", "");
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean negated = line.startsWith("!");
      if (negated) {
        line = line.substring(1);
      }
      if (line.startsWith("\\")) {
        line = line.substring(1);
      }
      boolean dirOnly = line.endsWith("/");
      if (dirOnly) {
        line = line.substring(0, line.length() - 1);
      }
      boolean anchored = line.contains("/");
      if (line.startsWith("/")) {
        line = line.substring(1);
      }
      String regex = (anchored ? "" : "(?:.*/)?") + globToRegex(line) + "(?:/.*)?";
      rules.add(new Rule(Pattern.compile(regex), negated, dirOnly));
    }
    return new GitIgnore(base, List.copyOf(rules));
  }

  /**
   * Whether a path below this file's directory is ignored: the last matching rule decides; null when no
   * rule matches (so a parent directory's file may decide).
   */
  public Boolean ignored(Path path, boolean isDirectory) {
    String rel = base.relativize(path).toString().replace('\\', '/');
    Boolean result = null;
    for (Rule r : rules) {
      if (r.directoryOnly && !isDirectory && !matchesParent(r, rel)) {
        continue;
      }
      if (r.pattern.matcher(rel).matches()) {
        result = !r.negated;
      }
    }
    return result;
  }

  private static boolean matchesParent(Rule r, String rel) {
    int slash = rel.lastIndexOf('/');
    return slash > 0 && r.pattern.matcher(rel.substring(0, slash)).matches();
  }

  static String globToRegex(String glob) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*') {
        if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
          boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
          sb.append(slashAfter ? "(?:.*/)?" : ".*");
          i += slashAfter ? 2 : 1;
        } else {
          sb.append("[^/]*");
        }
      } else if (c == '?') {
        sb.append("[^/]");
      } else if (c == '[') {
        int close = glob.indexOf(']', i + 1);
        if (close < 0) {
          sb.append("\\[");
        } else {
          String cls = glob.substring(i + 1, close);
          if (cls.startsWith("!")) {
            cls = "^" + cls.substring(1);
          }
          sb.append('[').append(cls.replace("\\", "\\\\")).append(']');
          i = close;
        }
      } else if (c == '\\' && i + 1 < glob.length()) {
        sb.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
      } else {
        sb.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return sb.toString();
  }
}
