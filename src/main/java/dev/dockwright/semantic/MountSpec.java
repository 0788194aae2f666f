package dev.dockwright.semantic;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code RUN --mount=...} option: comma-separated {@code key=value} fields (bare keys such as
 * {@code readonly} mean true). {@code type} defaults to {@code bind}, as in BuildKit.
 */
public record MountSpec(String type, Map<String, String> fields) {

  public static MountSpec parse(String value) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String part : value.split(",", -1)) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String key = (eq < 0 ? part : part.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
      String v = eq < 0 ? "true" : part.substring(eq + 1);
      fields.put(key, v); // a repeated key: the last one counts, as in BuildKit's parseMount
    }
    String type = fields.getOrDefault("type", "bind").toLowerCase(Locale.ROOT);
    return new MountSpec(type, Map.copyOf(fields));
  }

  public Optional<String> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  /** The mount point: {@code target}, {@code dst} or {@code destination}. */
  public Optional<String> target() {
    return field("target").or(() -> field("dst")).or(() -> field("destination"));
  }

  public Optional<String> from() {
    return field("from");
  }
}
