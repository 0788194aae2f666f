package dev.dockwright.semantic;

import dev.dockwright.ast.LogicalText;
import dev.dockwright.ast.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Typographic characters that word processors and web pages put where a command needs ASCII: an en dash
 * in {@code –privileged}, an em dash in {@code —rm}, curly quotes around an argument. Docker and the shell
 * read them as ordinary characters, so the flag is silently not a flag and the quote not a quote.
 */
public final class Lookalikes {
  private Lookalikes() {}

  /** What a lookalike stands in for. */
  public enum Kind { DASH, DOUBLE_QUOTE, SINGLE_QUOTE }

  /**
   * One lookalike in a text.
   *
   * @param character the lookalike character
   * @param kind what it imitates
   * @param word the flag-like word it starts ({@code –privileged}), or the quote character alone
   * @param ascii what it should be: {@code --} or {@code -} for a dash (two dashes before a long option),
   *     {@code "} or {@code '} for a quote
   * @param range where the lookalike character is
   * @param wordRange where {@code word} is
   */
  public record Found(char character, Kind kind, String word, String ascii, SourceRange range,
      SourceRange wordRange) {

    /** The Unicode name of the character, for messages: {@code en dash (U+2013)}. */
    public String description() {
      String name = switch (character) {
        case '\u2010' -> "hyphen";
        case '\u2011' -> "non-breaking hyphen";
        case '\u2012' -> "figure dash";
        case '\u2013' -> "en dash";
        case '\u2014' -> "em dash";
        case '\u2015' -> "horizontal bar";
        case '\u2212' -> "minus sign";
        case '\uFE63' -> "small hyphen-minus";
        case '\uFF0D' -> "fullwidth hyphen-minus";
        case '\u201C' -> "left double quotation mark";
        case '\u201D' -> "right double quotation mark";
        case '\u201E' -> "double low-9 quotation mark";
        case '\u2033' -> "double prime";
        case '\u2018' -> "left single quotation mark";
        case '\u2019' -> "right single quotation mark";
        case '\u201A' -> "single low-9 quotation mark";
        case '\u2032' -> "prime";
        default -> "lookalike";
      };
      return name + " (U+" + String.format(Locale.ROOT, "%04X", (int) character) + ")";
    }
  }

  private static final String DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D";
  private static final String DOUBLE_QUOTES = "\u201C\u201D\u201E\u2033";
  private static final String SINGLE_QUOTES = "\u2018\u2019\u201A\u2032";

  /** Every lookalike is at or above U+2010, where ASCII text never goes. */
  private static final char LOWEST = '\u2010';

  private static boolean hasLookalike(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= LOWEST && (isDash(c) || DOUBLE_QUOTES.indexOf(c) >= 0 || SINGLE_QUOTES.indexOf(c) >= 0)) {
        return true;
      }
    }
    return false;
  }

  public static boolean isDash(char c) {
    return DASHES.indexOf(c) >= 0;
  }

  /** The text with every lookalike dash or quote replaced by its ASCII counterpart (one for one). */
  public static String normalize(String text) {
    if (!hasLookalike(text)) {
      return text; // nearly every text: one pass over the chars, no copy
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isDash(c)) {
        sb.append(flagDashes(text, i));
      } else if (DOUBLE_QUOTES.indexOf(c) >= 0) {
        sb.append('"');
      } else if (SINGLE_QUOTES.indexOf(c) >= 0) {
        sb.append('\'');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * The lookalikes of a text: a dash at the start of a word followed by a letter (a flag such as
   * {@code –privileged}; {@code 2019–2024} and a lone {@code –} are prose), every curly double quote, and a
   * curly single quote unless it is an apostrophe between two letters ({@code it’s}).
   */
  public static List<Found> find(LogicalText text) {
    String s = text.text();
    if (!hasLookalike(s)) {
      return List.of();
    }
    List<Found> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isDash(c) && wordStart(s, i)) {
        int letters = i + 1;
        while (letters < s.length() && isDash(s.charAt(letters))) {
          letters++;
        }
        if (letters < s.length() && Character.isLetter(s.charAt(letters))) {
          int end = letters;
          while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '-')) {
            end++;
          }
          out.add(new Found(c, Kind.DASH, s.substring(i, end), flagDashes(s, i), text.range(i, letters),
              text.range(i, end)));
          i = letters - 1;
        }
      } else if (DOUBLE_QUOTES.indexOf(c) >= 0) {
        out.add(new Found(c, Kind.DOUBLE_QUOTE, String.valueOf(c), "\"", text.range(i, i + 1), text.range(i, i + 1)));
      } else if (SINGLE_QUOTES.indexOf(c) >= 0 && !apostrophe(s, i)) {
        out.add(new Found(c, Kind.SINGLE_QUOTE, String.valueOf(c), "'", text.range(i, i + 1), text.range(i, i + 1)));
      }
    }
    return out;
  }

  /** {@code --} for a dash (or run of dashes) before a long option name, {@code -} before a single letter. */
  private static String flagDashes(String s, int i) {
    int j = i;
    while (j < s.length() && isDash(s.charAt(j))) {
      j++;
    }
    int k = j;
    while (k < s.length() && Character.isLetter(s.charAt(k))) {
      k++;
    }
    if (j - i >= 2) {
      return "-".repeat(j - i);
    }
    return k - j >= 2 ? "--" : "-";
  }

  private static boolean wordStart(String s, int i) {
    if (i == 0) {
      return true;
    }
    char p = s.charAt(i - 1);
    return Character.isWhitespace(p) || p == '"' || p == '\'' || p == '[' || p == ',' || p == '='
        || DOUBLE_QUOTES.indexOf(p) >= 0 || SINGLE_QUOTES.indexOf(p) >= 0;
  }

  private static boolean apostrophe(String s, int i) {
    return i > 0 && i + 1 < s.length() && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1));
  }
}
