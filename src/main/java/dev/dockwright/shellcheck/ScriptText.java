package dev.dockwright.shellcheck;

import dev.dockwright.ast.LogicalText;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.SourceText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The text of one script as ShellCheck reads it, built from pieces of the Dockerfile (a RUN line, heredoc
 * bodies) and synthetic lines (the {@code #!} line, an {@code export} of the variables the build defines, a
 * heredoc terminator), with the map from every character back to the file.
 */
public final class ScriptText {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final SourceText source;
  private final String text;
  private final int[] offsets; // source offset of text.charAt(i), or -1 for synthetic characters
  private final int[] lineStarts;

  private ScriptText(SourceText source, String text, int[] offsets) {
    this.source = source;
    this.text = text;
    this.offsets = offsets;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The text to write to the file ShellCheck checks. */
  public String text() {
    return text;
  }

  /**
   * The Dockerfile range of ShellCheck's 1-based line/column span (columns count code points, a tab counts
   * one, the end is exclusive); empty when it falls in a synthetic line.
   */
  public Optional<SourceRange> range(int line, int column, int endLine, int endColumn) {
    int start = index(line, column);
    int end = index(endLine, endColumn);
    if (start < 0) {
      return Optional.empty();
    }
    if (start >= text.length() || offsets[start] < 0) {
      // Past the end ("expected 'fi'") or on a synthetic heredoc terminator: just after the last file
      // character before it; nothing when only the header precedes it.
      for (int j = Math.min(start, text.length()) - 1; j >= 0; j--) {
        if (offsets[j] >= 0) {
          return Optional.of(source.range(offsets[j] + 1, offsets[j] + 1));
        }
      }
      return Optional.empty();
    }
    if (end <= start || end > text.length()) {
      return Optional.of(source.range(offsets[start], offsets[start]));
    }
    int last = end - 1;
    while (last > start && offsets[last] < 0) {
      last--;
    }
    return Optional.of(source.range(offsets[start], Math.max(offsets[start], offsets[last] + 1)));
  }

  /**
   * The source offsets of text[start, end) when every character of it comes from the file contiguously (no
   * continuation or synthetic text inside), so a replacement there is an exact edit.
   */
  public Optional<int[]> exactSpan(int line, int column, int endLine, int endColumn) {
    int start = index(line, column);
    int end = index(endLine, endColumn);
    if (start < 0 || end < start || end > text.length()) {
      return Optional.empty();
    }
    if (start == end) {
      int at = start < text.length() ? offsets[start] : (start > 0 && offsets[start - 1] >= 0 ? offsets[start - 1] + 1
          : -1);
      return at < 0 ? Optional.empty() : Optional.of(new int[] {at, at});
    }
    for (int i = start; i < end; i++) {
      if (offsets[i] < 0 || (i > start && offsets[i] != offsets[i - 1] + 1)) {
        return Optional.empty();
      }
    }
    return Optional.of(new int[] {offsets[start], offsets[end - 1] + 1});
  }

  /** Index into the text of a 1-based line and code-point column; the text's length past its last line. */
  private int index(int line, int column) {
    if (line < 1 || column < 1) {
      return -1;
    }
    if (line > lineStarts.length) {
      return text.length();
    }
    int i = lineStarts[line - 1];
    for (int c = 1; c < column; c++) {
      if (i >= text.length()) {
        return c == column - 1 ? i : -1;
      }
      i += Character.charCount(text.codePointAt(i));
    }
    return Math.min(i, text.length());
  }

  /** Builds a script text: synthetic header lines, then pieces of the file. */
  public static final class Builder {
    private final SourceText source;
    private final StringBuilder sb = new StringBuilder();
    private final List<Integer> offs = new ArrayList<>();

    public Builder(SourceText source) {
      this.source = source;
    }

    /**
     * The {@code #!} line for a dialect and one {@code export} line that declares the variables the build
     * defines (so SC2154 does not report them); names that are not shell identifiers are left out.
     */
    public Builder header(String dialect, Collection<String> variables) {
      synthetic("#!/bin/" + dialect + "\n");
      return declare(variables);
    }

    /** The {@code export} line alone (after a script's own {@code #!} line). */
    public Builder declare(Collection<String> variables) {
      List<String> names = variables.stream().filter(n -> NAME.matcher(n).matches()).distinct().sorted().toList();
      if (!names.isEmpty()) {
        synthetic("export " + String.join(" ", names) + "\n");
      }
      return this;
    }

    public Builder synthetic(String s) {
      for (int i = 0; i < s.length(); i++) {
        sb.append(s.charAt(i));
        offs.add(-1);
      }
      return this;
    }

    /**
     * Appends a piece of the file. A carriage return before a line feed is sent as a blank, so CRLF files
     * do not get SC1017 everywhere and columns stay the same.
     */
    public Builder append(LogicalText piece) {
      String t = piece.text();
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        sb.append(c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n' ? ' ' : c);
        offs.add(piece.sourceOffset(i));
      }
      return this;
    }

    public ScriptText build() {
      return new ScriptText(source, sb.toString(), offs.stream().mapToInt(Integer::intValue).toArray());
    }
  }
}
