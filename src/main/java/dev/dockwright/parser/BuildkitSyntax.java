package dev.dockwright.parser;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text-level rules of BuildKit's Dockerfile line parsers (split into keyword, flags and arguments;
 * word splitting; JSON arrays; heredoc markers), reproduced on Java strings with every result carrying
 * [start, end) indices into the input so the AST can point at exact source ranges.
 */
public final class BuildkitSyntax {
  private BuildkitSyntax() {}

  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final Pattern HEREDOC_WORD = Pattern.compile("^(\\d*)<<(-?)([^<]*)$");

  /** Go's {@code unicode.IsSpace}: what BuildKit trims around lines, keywords and words. */
  public static boolean isGoSpace(int c) {
    switch (c) {
      case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
        return true;
      default:
        return c >= 0x2000 && c <= 0x200A;
    }
  }

  /** BuildKit's {@code [\t\v\f\r ]+} separator for keyword and whitespace-delimited arguments. */
  public static boolean isSeparatorSpace(int c) {
    return c == '\t' || c == 0x0B || c == '\f' || c == '\r' || c == ' ';
  }

  public static int skipGoSpace(String s, int from, int to) {
    while (from < to && isGoSpace(s.charAt(from))) {
      from++;
    }
    return from;
  }

  public static int trimGoSpaceEnd(String s, int from, int to) {
    while (to > from && isGoSpace(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /** A span of the input with the text BuildKit keeps for it. */
  public record Span(int start, int end, String text) {}

  /** A flag word: raw span, and the processed name/value with the raw index of the {@code =}. */
  public record FlagSpan(int start, int end, String processed, int rawEquals) {
    public String name() {
      int eq = processed.indexOf('=');
      return (eq < 0 ? processed : processed.substring(0, eq)).substring(2);
    }

    public String value() {
      int eq = processed.indexOf('=');
      return eq < 0 ? null : processed.substring(eq + 1);
    }
  }

  /**
   * An instruction line split like BuildKit's {@code splitCommand}: the keyword, the {@code --flags}, and the
   * arguments (trimmed). Indices are into the line.
   */
  public record CommandSplit(int keywordStart, int keywordEnd, List<FlagSpan> flags, int argsStart, int argsEnd) {
    public String keyword(String line) {
      return line.substring(keywordStart, keywordEnd).toLowerCase(Locale.ROOT);
    }

    public String args(String line) {
      return line.substring(argsStart, argsEnd);
    }
  }

  public static CommandSplit splitCommand(String line) {
    int s = skipGoSpace(line, 0, line.length());
    int e = trimGoSpaceEnd(line, s, line.length());
    int k = s;
    while (k < e && !isSeparatorSpace(line.charAt(k))) {
      k++;
    }
    if (k == e) {
      return new CommandSplit(s, k, List.of(), e, e);
    }
    int rest = k;
    while (rest < e && isSeparatorSpace(line.charAt(rest))) {
      rest++;
    }
    List<FlagSpan> flags = new ArrayList<>();
    int argsFrom = extractBuilderFlags(line, rest, e, flags);
    int as = skipGoSpace(line, argsFrom, e);
    int ae = trimGoSpaceEnd(line, as, e);
    return new CommandSplit(s, k, flags, as, ae);
  }

  /**
   * BuildKit's {@code extractBuilderFlags}: leading words that start with {@code --}, quotes and backslash
   * escapes removed; a bare {@code --} ends the flags. Returns where the arguments start.
   */
  static int extractBuilderFlags(String line, int from, int to, List<FlagSpan> out) {
    final int inSpaces = 0;
    final int inWord = 1;
    final int inQuote = 2;
    int phase = inSpaces;
    StringBuilder word = new StringBuilder();
    int wordStart = -1;
    int rawEquals = -1;
    char quote = 0;
    boolean blankOk = false;
    for (int pos = from; pos <= to; pos++) {
      char ch = pos < to ? line.charAt(pos) : 0;
      if (phase == inSpaces) {
        if (pos == to) {
          break;
        }
        if (isGoSpace(ch)) {
          continue;
        }
        if (ch != '-' || pos + 1 == to || line.charAt(pos + 1) != '-') {
          return pos;
        }
        phase = inWord;
        wordStart = pos;
        rawEquals = -1;
      }
      if ((phase == inWord || phase == inQuote) && pos == to) {
        if (!word.toString().equals("--") && (blankOk || word.length() > 0)) {
          out.add(new FlagSpan(wordStart, pos, word.toString(), rawEquals));
        }
        break;
      }
      if (phase == inWord) {
        if (isGoSpace(ch)) {
          phase = inSpaces;
          if (word.toString().equals("--")) {
            return pos;
          }
          if (blankOk || word.length() > 0) {
            out.add(new FlagSpan(wordStart, pos, word.toString(), rawEquals));
          }
          word.setLength(0);
          blankOk = false;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          blankOk = true;
          phase = inQuote;
          continue;
        }
        if (ch == '\\') {
          if (pos + 1 == to) {
            continue;
          }
          pos++;
          ch = line.charAt(pos);
        }
        if (ch == '=' && rawEquals < 0 && word.indexOf("=") < 0) {
          rawEquals = pos;
        }
        word.append(ch);
        continue;
      }
      // inQuote
      if (ch == quote) {
        phase = inWord;
        continue;
      }
      if (ch == '\\') {
        if (pos + 1 == to) {
          phase = inWord;
          continue;
        }
        pos++;
        ch = line.charAt(pos);
      }
      if (ch == '=' && rawEquals < 0 && word.indexOf("=") < 0) {
        rawEquals = pos;
      }
      word.append(ch);
    }
    return to;
  }

  /**
   * BuildKit's {@code parseWords}: whitespace-separated words where quotes group (and are kept) and the
   * escape character keeps the next character in the word (both kept).
   */
  public static List<Span> parseWords(String s, int from, int to, char escape) {
    List<Span> words = new ArrayList<>();
    final int inSpaces = 0;
    final int inWord = 1;
    final int inQuote = 2;
    int phase = inSpaces;
    char quote = 0;
    boolean blankOk = false;
    StringBuilder sb = new StringBuilder();
    int start = -1;
    int lastEnd = -1;
    for (int pos = from; pos <= to; pos++) {
      char ch = pos < to ? s.charAt(pos) : 0;
      if (phase == inSpaces) {
        if (pos == to) {
          break;
        }
        if (isGoSpace(ch)) {
          continue;
        }
        phase = inWord;
        start = pos;
      }
      if ((phase == inWord || phase == inQuote) && pos == to) {
        if (blankOk || sb.length() > 0) {
          words.add(new Span(start, Math.max(lastEnd, pos), sb.toString()));
        }
        break;
      }
      if (phase == inWord) {
        if (isGoSpace(ch)) {
          phase = inSpaces;
          if (blankOk || sb.length() > 0) {
            words.add(new Span(start, pos, sb.toString()));
          }
          sb.setLength(0);
          blankOk = false;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          blankOk = true;
          phase = inQuote;
        }
        if (ch == escape) {
          if (pos + 1 == to) {
            lastEnd = to;
            continue;
          }
          sb.append(ch);
          pos++;
          ch = s.charAt(pos);
        }
        sb.append(ch);
        continue;
      }
      // inQuote
      if (ch == quote) {
        phase = inWord;
      }
      if (ch == escape && quote != '\'') {
        if (pos + 1 == to) {
          phase = inWord;
          lastEnd = to;
          continue;
        }
        pos++;
        sb.append(ch);
        ch = s.charAt(pos);
      }
      sb.append(ch);
    }
    return words;
  }

  /** BuildKit's {@code parseStringsWhitespaceDelimited}: split on {@code [\t\v\f\r ]+}, quotes not special. */
  public static List<Span> splitWhitespace(String s, int from, int to) {
    List<Span> out = new ArrayList<>();
    if (from >= to) {
      return out;
    }
    int i = from;
    int start = from;
    while (i <= to) {
      if (i == to || isSeparatorSpace(s.charAt(i))) {
        out.add(new Span(start, i, s.substring(start, i)));
        while (i < to && isSeparatorSpace(s.charAt(i))) {
          i++;
        }
        if (i == to) {
          if (isSeparatorSpace(s.charAt(to - 1))) {
            out.add(new Span(to, to, ""));
          }
          break;
        }
        start = i;
        continue;
      }
      i++;
    }
    return out;
  }

  /** How a JSON-array argument parsed. */
  public enum JsonStatus { NOT_JSON, NOT_STRING_ARRAY, OK }

  /** JSON array result; {@code elements} only for {@link JsonStatus#OK}, {@code error} for the others. */
  public record JsonArray(JsonStatus status, List<Span> elements, String error, int errorIndex) {}

  /**
   * BuildKit's {@code parseJSON}: the (left-trimmed) text must start with {@code [} and be exactly one JSON
   * array; a non-string element is an error of its own (the instruction is invalid), anything else that is
   * not valid JSON makes BuildKit fall back to the shell or whitespace form.
   */
  public static JsonArray parseJsonArray(String s, int from, int to) {
    int start = skipGoSpace(s, from, to);
    if (start >= to || s.charAt(start) != '[') {
      return new JsonArray(JsonStatus.NOT_JSON, List.of(), "not a JSON array", start);
    }
    String text = s.substring(start, to);
    List<Span> elements = new ArrayList<>();
    try (JsonParser p = JSON.createParser(text)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return new JsonArray(JsonStatus.NOT_JSON, List.of(), "not a JSON array", start);
      }
      JsonToken t;
      int nonString = -1;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          return new JsonArray(JsonStatus.NOT_JSON, List.of(), "unterminated JSON array", to);
        }
        int tokStart = (int) p.currentTokenLocation().getCharOffset();
        if (t == JsonToken.VALUE_STRING) {
          String value = p.getText();
          int tokEnd = endOfJsonString(text, tokStart);
          elements.add(new Span(start + tokStart, start + tokEnd, value));
        } else {
          if (nonString < 0) {
            nonString = start + tokStart;
          }
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        return new JsonArray(JsonStatus.NOT_JSON, List.of(), "text after the JSON array", start);
      }
      if (nonString >= 0) {
        return new JsonArray(JsonStatus.NOT_STRING_ARRAY, List.of(),
            "when using JSON array syntax, arrays must be comprised of strings only", nonString);
      }
      return new JsonArray(JsonStatus.OK, elements, null, -1);
    } catch (IOException | RuntimeException e) {
      return new JsonArray(JsonStatus.NOT_JSON, List.of(), "invalid JSON", start);
    }
  }

  private static int endOfJsonString(String text, int quoteIndex) {
    for (int i = quoteIndex + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i + 1;
      }
    }
    return text.length();
  }

  /** A heredoc announced in an instruction line. */
  public record HeredocMarker(int start, int end, String name, boolean expand, boolean chomp, int fileDescriptor) {}

  /**
   * The heredocs an instruction line announces, as BuildKit finds them: only RUN, COPY and ADD (also as
   * ONBUILD triggers) in shell form; each shell word of the whole line matching {@code [n]<<[-]NAME}.
   */
  public static List<HeredocMarker> heredocMarkers(String line, char escape) {
    // Every marker word contains `<<`. The lexer and the AST builder both ask for every instruction line,
    // and almost none has a heredoc: skip splitting the line into shell words for those.
    if (line.indexOf("<<") < 0) {
      return List.of();
    }
    CommandSplit split = splitCommand(line);
    String keyword = split.keyword(line);
    int argsStart = split.argsStart();
    int argsEnd = split.argsEnd();
    if (keyword.equals("onbuild")) {
      String inner = line.substring(argsStart, argsEnd);
      CommandSplit innerSplit = splitCommand(inner);
      keyword = innerSplit.keyword(inner);
      argsStart += innerSplit.argsStart();
      argsEnd = argsStart + (innerSplit.argsEnd() - innerSplit.argsStart());
    }
    if (!keyword.equals("run") && !keyword.equals("copy") && !keyword.equals("add")) {
      return List.of();
    }
    if (argsStart < argsEnd && parseJsonArray(line, argsStart, argsEnd).status() == JsonStatus.OK) {
      return List.of();
    }
    List<HeredocMarker> out = new ArrayList<>();
    for (Span w : shellWords(line)) {
      Matcher m = HEREDOC_WORD.matcher(w.text());
      if (!m.matches() || m.group(3).isEmpty()) {
        continue;
      }
      String rest = m.group(3);
      String unquoted = unquote(rest);
      if (unquoted == null) {
        continue;
      }
      boolean expand = countQuotes(unquoted) == countQuotes(rest);
      int fd = m.group(1).isEmpty() ? 0 : parseFd(m.group(1));
      out.add(new HeredocMarker(w.start(), w.end(), unquoted, expand, m.group(2).equals("-"), fd));
    }
    return out;
  }

  private static int parseFd(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int countQuotes(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\'' || s.charAt(i) == '"') {
        n++;
      }
    }
    return n;
  }

  /** Shell-style words of a line with quotes and escapes kept (BuildKit's raw shell lexing). */
  static List<Span> shellWords(String s) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && isGoSpace(s.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      while (i < n && !isGoSpace(s.charAt(i))) {
        char c = s.charAt(i);
        if (c == '\\') {
          i = Math.min(n, i + 2);
        } else if (c == '\'') {
          int close = s.indexOf('\'', i + 1);
          i = close < 0 ? n : close + 1;
        } else if (c == '"') {
          i++;
          while (i < n && s.charAt(i) != '"') {
            i += s.charAt(i) == '\\' ? 2 : 1;
          }
          i = Math.min(n, i + 1);
        } else if (c == '$' && i + 1 < n && s.charAt(i + 1) == '{') {
          int close = s.indexOf('}', i + 2);
          i = close < 0 ? n : close + 1;
        } else {
          i++;
        }
      }
      out.add(new Span(start, i, s.substring(start, i)));
    }
    return out;
  }

  /** Removes shell quoting from one word; null when it is not a single word. */
  static String unquote(String w) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    int n = w.length();
    while (i < n) {
      char c = w.charAt(i);
      if (c == '\\' && i + 1 < n) {
        sb.append(w.charAt(i + 1));
        i += 2;
      } else if (c == '\'') {
        int close = w.indexOf('\'', i + 1);
        if (close < 0) {
          return null;
        }
        sb.append(w, i + 1, close);
        i = close + 1;
      } else if (c == '"') {
        i++;
        while (i < n && w.charAt(i) != '"') {
          if (w.charAt(i) == '\\' && i + 1 < n) {
            i++;
          }
          sb.append(w.charAt(i));
          i++;
        }
        if (i >= n) {
          return null;
        }
        i++;
      } else if (isGoSpace(c)) {
        return null;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }
}
