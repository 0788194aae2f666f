package dev.dockwright.parser;

import dev.dockwright.parser.antlr.DockerfileLexer;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state BuildKit keeps while reading lines, for the ANTLR lexer's predicates and actions: whether
 * parser directives may still appear, the escape character they set, the logical line of the instruction
 * being read, and the heredoc delimiters still to be closed.
 */
public final class LexerState {
  /** BuildKit's directive syntax after the {@code #}. */
  static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*$");
  static final Set<String> DIRECTIVE_NAMES = Set.of("syntax", "escape", "check");

  private char escape = '\\';
  private boolean directivesOpen = true;
  private boolean lineHasContent;
  private final Set<String> seenDirectives = new HashSet<>();
  private final StringBuilder logical = new StringBuilder();
  private final ArrayDeque<BuildkitSyntax.HeredocMarker> pendingHeredocs = new ArrayDeque<>();

  public char escape() {
    return escape;
  }

  public boolean isEscape(int c) {
    return c == escape;
  }

  public boolean directivesOpen() {
    return directivesOpen;
  }

  /** Called for a directive-shaped line at the top; false turns it into a plain comment. */
  public boolean acceptDirective(String text) {
    lineHasContent = true;
    Matcher m = DIRECTIVE.matcher(stripTrailingCr(text.stripLeading()));
    if (!m.matches()) {
      directivesOpen = false;
      return false;
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (!DIRECTIVE_NAMES.contains(name)) {
      directivesOpen = false;
      return false;
    }
    boolean first = seenDirectives.add(name);
    if (first && name.equals("escape")) {
      String value = m.group(2);
      if (value.equals("`") || value.equals("\\")) {
        escape = value.charAt(0);
      }
    }
    return true;
  }

  public void onComment() {
    lineHasContent = true;
    directivesOpen = false;
  }

  /** A newline outside an instruction: a blank line ends the directive section. */
  public void onLineEnd() {
    if (!lineHasContent) {
      directivesOpen = false;
    }
    lineHasContent = false;
  }

  public void onKeyword(String text) {
    directivesOpen = false;
    lineHasContent = true;
    logical.setLength(0);
    logical.append(text);
  }

  /** Every emitted token passes here; argument text builds the logical line. */
  public void onToken(int type, String text) {
    if (type == DockerfileLexer.ARG_TEXT) {
      logical.append(text);
    }
  }

  /** The newline that ends an instruction; true when heredoc bodies follow. */
  public boolean onInstructionEnd() {
    lineHasContent = false;
    pendingHeredocs.clear();
    pendingHeredocs.addAll(BuildkitSyntax.heredocMarkers(logical.toString(), escape));
    logical.setLength(0);
    return !pendingHeredocs.isEmpty();
  }

  /** Whether a heredoc body line closes the current heredoc (and if so, moves to the next one). */
  public boolean isHeredocTerminator(String line) {
    BuildkitSyntax.HeredocMarker current = pendingHeredocs.peekFirst();
    if (current == null) {
      return false;
    }
    String candidate = trimNewline(line);
    if (current.chomp()) {
      int i = 0;
      while (i < candidate.length() && candidate.charAt(i) == '\t') {
        i++;
      }
      candidate = candidate.substring(i);
    }
    if (candidate.equals(current.name())) {
      pendingHeredocs.removeFirst();
      return true;
    }
    return false;
  }

  public boolean hasPendingHeredoc() {
    return !pendingHeredocs.isEmpty();
  }

  static String trimNewline(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return s.substring(0, end);
  }

  private static String stripTrailingCr(String s) {
    return trimNewline(s);
  }
}
