package dev.dockwright.parser;

import dev.dockwright.ast.Dockerfile;
import dev.dockwright.ast.Instruction;
import dev.dockwright.parser.BuildkitSyntax.CommandSplit;
import dev.dockwright.parser.BuildkitSyntax.FlagSpan;
import dev.dockwright.parser.BuildkitSyntax.JsonArray;
import dev.dockwright.parser.BuildkitSyntax.JsonStatus;
import dev.dockwright.parser.BuildkitSyntax.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Prints a parsed file the way BuildKit's {@code parser.Node.Dump()} does (one s-expression per
 * instruction), so dockwright's reading of a file can be compared byte for byte with Docker's. The values
 * are recomputed from each instruction's logical line with BuildKit's own splitting rules.
 */
public final class BuildkitDump {
  private BuildkitDump() {}

  /** Diagnostics for which BuildKit's parser itself fails (no dump is produced). */
  public static final Set<String> FATAL_CODES = Set.of("invalid-json-array", "unterminated-heredoc",
      "duplicate-directive", "invalid-escape-directive", "no-instructions", "line-too-long", "key-value-syntax");

  public static boolean buildkitRejects(ParseResult result) {
    return result.diagnostics().stream().anyMatch(d -> FATAL_CODES.contains(d.code()));
  }

  public static String dump(Dockerfile file) {
    StringBuilder sb = new StringBuilder();
    for (Instruction i : file.instructions()) {
      sb.append(dump(i, file.escape())).append('\n');
    }
    return sb.toString().strip() + "\n";
  }

  /** One instruction's line of the dump, for a file whose escape character is {@code escape}. */
  public static String dump(Instruction instruction, char escape) {
    return "(" + node(instruction.head().line().text(), escape, 0) + ")";
  }

  private static String node(String line, char escape, int depth) {
    CommandSplit split = BuildkitSyntax.splitCommand(line);
    String cmd = split.keyword(line);
    StringBuilder sb = new StringBuilder(cmd);
    if (!split.flags().isEmpty()) {
      sb.append(" [");
      for (int i = 0; i < split.flags().size(); i++) {
        FlagSpan f = split.flags().get(i);
        sb.append(i > 0 ? " " : "").append(quote(f.processed()));
      }
      sb.append(']');
    }
    int as = split.argsStart();
    int ae = split.argsEnd();
    String rest = line.substring(as, ae);
    if (cmd.equals("onbuild")) {
      if (!rest.isEmpty() && depth < 8) {
        sb.append(" (").append(node(rest, escape, depth + 1)).append(')');
      }
      return sb.toString().strip();
    }
    for (String v : values(cmd, line, as, ae, escape)) {
      sb.append(' ').append(quote(v));
    }
    return sb.toString().strip();
  }

  private static List<String> values(String cmd, String line, int as, int ae, char escape) {
    String rest = line.substring(as, ae);
    switch (cmd) {
      case "add", "copy", "volume": {
        JsonArray json = BuildkitSyntax.parseJsonArray(line, as, ae);
        return json.status() == JsonStatus.OK ? texts(json.elements()) : texts(BuildkitSyntax.splitWhitespace(line, as, ae));
      }
      case "arg":
        return texts(BuildkitSyntax.parseWords(line, as, ae, escape));
      case "cmd", "entrypoint", "run", "shell":
        return maybeJson(line, as, ae);
      case "env", "label":
        return nameValues(line, as, ae, escape);
      case "expose", "from":
        return texts(BuildkitSyntax.splitWhitespace(line, as, ae));
      case "healthcheck": {
        int sep = as;
        while (sep < ae && !BuildkitSyntax.isGoSpace(line.charAt(sep))) {
          sep++;
        }
        if (sep == as) {
          return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add(line.substring(as, sep));
        out.addAll(maybeJson(line, BuildkitSyntax.skipGoSpace(line, sep, ae), ae));
        return out;
      }
      case "maintainer", "stopsignal", "user", "workdir":
        return rest.isEmpty() ? List.of() : List.of(rest);
      default:
        return List.of("");
    }
  }

  private static List<String> maybeJson(String line, int as, int ae) {
    if (as >= ae) {
      return List.of();
    }
    JsonArray json = BuildkitSyntax.parseJsonArray(line, as, ae);
    return json.status() == JsonStatus.OK ? texts(json.elements()) : List.of(line.substring(as, ae));
  }

  private static List<String> nameValues(String line, int as, int ae, char escape) {
    List<Span> words = BuildkitSyntax.parseWords(line, as, ae, escape);
    List<String> out = new ArrayList<>();
    if (words.isEmpty()) {
      return out;
    }
    if (!words.get(0).text().contains("=")) {
      int k = as;
      while (k < ae && !BuildkitSyntax.isSeparatorSpace(line.charAt(k))) {
        k++;
      }
      int vs = k;
      while (vs < ae && BuildkitSyntax.isSeparatorSpace(line.charAt(vs))) {
        vs++;
      }
      out.add(line.substring(as, k));
      out.add(line.substring(vs, ae));
      out.add("");
      return out;
    }
    for (Span w : words) {
      int eq = w.text().indexOf('=');
      if (eq < 0) {
        continue;
      }
      out.add(w.text().substring(0, eq));
      out.add(w.text().substring(eq + 1));
      out.add("=");
    }
    return out;
  }

  private static List<String> texts(List<Span> spans) {
    List<String> out = new ArrayList<>(spans.size());
    for (Span s : spans) {
      out.add(s.text());
    }
    return out;
  }

  /** Go's {@code strconv.Quote}. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case 0x07 -> sb.append("\\a");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case 0x0B -> sb.append("\\v");
        default -> {
          if (cp == 0xFFFD) {
            sb.appendCodePoint(cp);
          } else if (cp < 0x20 || cp == 0x7F) {
            sb.append(String.format("\\x%02x", cp));
          } else if (isGoPrintable(cp)) {
            sb.appendCodePoint(cp);
          } else if (Character.isSurrogate((char) cp)) {
            sb.append("\\ufffd");
          } else if (cp < 0x10000) {
            sb.append(String.format("\\u%04x", cp));
          } else {
            sb.append(String.format("\\U%08x", cp));
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
  static boolean isGoPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL:
        return true;
      default:
        return false;
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
