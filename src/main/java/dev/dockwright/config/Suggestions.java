package dev.dockwright.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for mistyped keys: the nearest candidate by edit distance, ignoring case and dashes. */
final class Suggestions {
  private Suggestions() {}

  static Optional<String> nearest(String typed, Collection<String> candidates) {
    String t = normalized(typed);
    String best = null;
    int bestDistance = Math.max(2, t.length() / 3) + 1;
    for (String candidate : candidates) {
      int d = distance(t, normalized(candidate));
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

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
