package dev.dockwright.semantic;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a field's value sits in the text of a {@code RUN --mount=...} option ({@link MountSpec} has the
 * values; this has their positions, so a rule can point at or rewrite {@code from=builder} exactly).
 */
public final class MountFields {
  private MountFields() {}

  /** The span of the value of {@code key} (the first occurrence, as {@link MountSpec} keeps) in {@code mount}. */
  public static Optional<TextSpan> valueSpan(String mount, String key) {
    int start = 0;
    while (start <= mount.length()) {
      int comma = mount.indexOf(',', start);
      int end = comma < 0 ? mount.length() : comma;
      String part = mount.substring(start, end);
      int eq = part.indexOf('=');
      if (eq >= 0 && part.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals(key)) {
        return Optional.of(new TextSpan(start + eq + 1, end));
      }
      if (comma < 0) {
        break;
      }
      start = comma + 1;
    }
    return Optional.empty();
  }
}
