package dev.dockwright.fix;

import java.util.List;

/** A change that resolves a finding: an imperative title and non-overlapping edits. */
public record Fix(String title, Applicability applicability, List<Edit> edits) {
  public Fix {
    edits = List.copyOf(edits);
    if (edits.isEmpty() && applicability != Applicability.DISPLAY_ONLY) {
      throw new IllegalArgumentException("a fix needs edits: " + title);
    }
  }

  public static Fix safe(String title, Edit... edits) {
    return new Fix(title, Applicability.SAFE, List.of(edits));
  }

  public static Fix unsafe(String title, Edit... edits) {
    return new Fix(title, Applicability.UNSAFE, List.of(edits));
  }

  public static Fix displayOnly(String title, Edit... edits) {
    return new Fix(title, Applicability.DISPLAY_ONLY, List.of(edits));
  }
}
