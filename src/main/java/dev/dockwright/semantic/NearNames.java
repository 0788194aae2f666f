package dev.dockwright.semantic;

import dev.dockwright.ast.EditDistance;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" suggestions for a misspelt name (a variable, a stage): the candidate with the smallest edit
 * distance, counting a swap of two neighbouring characters as one edit, within a distance that grows with the
 * length of the name. A candidate differing only in case is always the best suggestion.
 */
public final class NearNames {
  private NearNames() {}

  public static Optional<String> nearest(String name, Collection<String> candidates) {
    if (name.isEmpty()) {
      return Optional.empty();
    }
    int limit = Math.max(1, Math.min(3, name.length() / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (c.equals(name) || c.isEmpty()) {
        continue;
      }
      int d = c.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)) ? 0 : EditDistance.between(name, c);
      if (d <= limit && (d < bestDistance || (d == bestDistance && c.compareTo(best) < 0))) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

}
