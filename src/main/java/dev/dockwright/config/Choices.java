package dev.dockwright.config;

import dev.dockwright.semantic.CgroupEra;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The enumerated values a config may hold. Jackson binds them case-insensitively; the config record
 * keeps their lower-case names. Each carries the noun its error message uses.
 */
final class Choices {
  private Choices() {}

  /** A severity override: a rule's new level, or {@code off} to disable it. */
  enum Level { ERROR, WARNING, INFO, STYLE, OFF }

  /** The least severe finding that still fails the run; {@code none}: findings never fail it. */
  enum Threshold { ERROR, WARNING, INFO, STYLE, NONE }

  /** hadolint's failure threshold; its {@code ignore} and {@code none} both mean "every finding fails". */
  enum HadolintThreshold { ERROR, WARNING, INFO, STYLE, IGNORE, NONE }

  /** What a label's value must look like when {@code label-schema} lists the label. */
  enum LabelType { TEXT, URL, SEMVER, HASH, RFC3339, SPDX, EMAIL }

  private static final Map<Class<?>, String> NOUNS = Map.of(
      Level.class, "a severity",
      Threshold.class, "a failure threshold",
      HadolintThreshold.class, "a failure threshold",
      LabelType.class, "a label type",
      CgroupEra.Setting.class, "a cgroup version");

  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The noun for an enumerated type, or empty when {@code type} is not one of ours. */
  static Optional<String> noun(Class<?> type) {
    return Optional.ofNullable(NOUNS.get(type));
  }

  /** {@code "error, warning, info, style or off"}. */
  static String listed(Class<?> enumType) {
    List<String> names = Arrays.stream(enumType.getEnumConstants()).map(c -> name((Enum<?>) c)).toList();
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  /** Parses a value case-insensitively; empty when it is none of the constants. */
  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    String wanted = text.trim();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(wanted)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }
}
