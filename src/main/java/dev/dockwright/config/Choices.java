package dev.dockwright.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.dockwright.semantic.CgroupEra;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The enumerated values a config may hold, matched case-insensitively; the config record keeps their
 * lower-case names. Each has the noun its error message uses.
 */
final class Choices {
  private Choices() {}

  /** A severity override: a rule's new level, or {@code off} to disable it. */
  enum Level { ERROR, WARNING, INFO, STYLE, OFF }

  /** The least severe finding that still fails the run; {@code none}: findings never fail it. */
  enum Threshold { ERROR, WARNING, INFO, STYLE, NONE }

  /** hadolint's failure threshold; its {@code ignore} and {@code none} both mean "every finding fails". */
  enum HadolintThreshold { ERROR, WARNING, INFO, STYLE, IGNORE, NONE }

  /** {@code compat}: whose verdicts to give where dockwright differs on purpose; {@code none}: dockwright's. */
  enum Compat { HADOLINT, NONE }

  /** What a label's value must look like when {@code label-schema} lists the label. */
  enum LabelType { TEXT, URL, SEMVER, HASH, RFC3339, SPDX, EMAIL }

  private static final Map<Class<?>, String> NOUNS = Map.of(
      Level.class, "a severity",
      Threshold.class, "a failure threshold",
      HadolintThreshold.class, "a failure threshold",
      LabelType.class, "a label type",
      Compat.class, "a compatibility mode",
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

  /** Binds every enumeration above (and {@link CgroupEra.Setting}) with {@link ChoiceDeserializer}. */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("dockwright-choices");
    add(module, Level.class);
    add(module, Threshold.class);
    add(module, HadolintThreshold.class);
    add(module, LabelType.class);
    add(module, Compat.class);
    add(module, CgroupEra.Setting.class);
    return module;
  }

  private static <E extends Enum<E>> void add(SimpleModule module, Class<E> type) {
    module.addDeserializer(type, new ChoiceDeserializer<>(type));
  }

  /**
   * Reads a choice from the scalar's text as written. YAML 1.1, which the parser follows, reads
   * {@code off} and {@code no} as booleans; {@code severity: {DL3015: off}} must still mean off, and
   * Jackson's own enum binding would only see {@code false}.
   */
  static final class ChoiceDeserializer<E extends Enum<E>> extends StdScalarDeserializer<E> {
    private static final long serialVersionUID = 1L;
    private final Class<E> type;

    ChoiceDeserializer(Class<E> type) {
      super(type);
      this.type = type;
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.currentToken().isScalarValue()) {
        return type.cast(ctxt.handleUnexpectedToken(type, p));
      }
      String text = p.getText();
      Optional<E> choice = parse(type, text);
      if (choice.isEmpty()) {
        return type.cast(ctxt.handleWeirdStringValue(type, text, "not one of " + listed(type)));
      }
      return choice.get();
    }
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
