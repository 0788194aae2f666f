package dev.dockwright.config;

import dev.dockwright.ast.EditDistance;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for mistyped keys: the nearest candidate by edit distance, ignoring case and dashes. */
public final class Suggestions {
  private Suggestions() {}

  public static Optional<String> nearest(String typed, Collection<String> candidates) {
    String t = normalized(typed);
    String best = null;
    int bestDistance = Math.max(2, t.length() / 3) + 1;
    for (String candidate : candidates) {
      int d = EditDistance.between(t, normalized(candidate));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code trustedRegistries}, {@code trusted_registries} and {@code trusted-registries} are one key to a human. */
  private static String normalized(String key) {
    return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
  }

}
