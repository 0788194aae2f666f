package dev.dockwright.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Applies fixes to a text: sorted by position, overlapping ones dropped (the next pass picks them up),
 * then the text is linted again and the loop repeats until nothing changes or the pass limit is reached.
 * Inserted line breaks follow the file's own line ending.
 */
public final class FixApplier {
  public static final int MAX_PASSES = 12;

  private FixApplier() {}

  /** The outcome: the new text, how many fixes were applied, and whether the loop settled. */
  public record Result(String text, int applied, int passes, boolean converged, List<String> titles) {}

  /** Applies one pass of non-overlapping fixes; returns the new text and the fixes used. */
  public static Result applyOnce(String text, List<Fix> fixes) {
    String eol = lineEnding(text);
    List<Fix> chosen = accepted(text, fixes);
    List<Edit> accepted = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    for (Fix f : chosen) {
      accepted.addAll(f.edits());
      titles.add(f.title());
    }
    accepted.sort(Comparator.naturalOrder());
    StringBuilder sb = new StringBuilder(text.length() + 64);
    int pos = 0;
    for (Edit e : accepted) {
      sb.append(text, pos, e.start());
      sb.append(eol.equals("\n") ? e.replacement() : toCrlf(e.replacement()));
      pos = e.end();
    }
    sb.append(text, pos, text.length());
    return new Result(sb.toString(), titles.size(), 1, titles.isEmpty(), titles);
  }

  /**
   * The fixes one pass applies, in the order it considers them (by first edit, then title): every fix whose
   * edits lie in the text and overlap no edit of a fix taken before it.
   */
  public static List<Fix> accepted(String text, List<Fix> fixes) {
    List<Fix> sorted = new ArrayList<>(fixes);
    sorted.sort(Comparator.comparingInt((Fix f) -> f.edits().stream().mapToInt(Edit::start).min().orElse(0))
        .thenComparing(Fix::title));
    List<Edit> taken = new ArrayList<>();
    List<Fix> out = new ArrayList<>();
    for (Fix f : sorted) {
      if (f.edits().isEmpty() || f.edits().stream().anyMatch(e -> e.end() > text.length())) {
        continue;
      }
      if (f.edits().stream().anyMatch(e -> taken.stream().anyMatch(e::overlaps))) {
        continue;
      }
      taken.addAll(f.edits());
      out.add(f);
    }
    return out;
  }

  /** A replacement as the file will hold it: its line breaks in the file's own line ending. */
  public static String inFileLineEndings(String text, String replacement) {
    return lineEnding(text).equals("\n") ? replacement : toCrlf(replacement);
  }

  /**
   * Fixes until stable: {@code fixesOf} lints a text and returns the fixes to apply. A file whose fixes keep
   * changing it after {@link #MAX_PASSES} passes is returned as far as it got, with {@code converged} false.
   */
  public static Result applyUntilStable(String text, Function<String, List<Fix>> fixesOf) {
    String current = text;
    int applied = 0;
    List<String> titles = new ArrayList<>();
    for (int pass = 1; pass <= MAX_PASSES; pass++) {
      List<Fix> fixes = fixesOf.apply(current);
      if (fixes.isEmpty()) {
        return new Result(current, applied, pass - 1, true, titles);
      }
      Result r = applyOnce(current, fixes);
      if (r.applied() == 0 || r.text().equals(current)) {
        return new Result(current, applied, pass, true, titles);
      }
      applied += r.applied();
      titles.addAll(r.titles());
      current = r.text();
    }
    return new Result(current, applied, MAX_PASSES, fixesOf.apply(current).isEmpty(), titles);
  }

  /** The file's dominant line ending ({@code \r\n} when most lines use it). */
  public static String lineEnding(String text) {
    int crlf = 0;
    int lf = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (i > 0 && text.charAt(i - 1) == '\r') {
          crlf++;
        } else {
          lf++;
        }
      }
    }
    return crlf > lf ? "\r\n" : "\n";
  }

  private static String toCrlf(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' && (i == 0 || s.charAt(i - 1) != '\r')) {
        sb.append('\r');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
