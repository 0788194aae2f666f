package dev.dockwright.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The types a {@link RuleOption} may have, each with what it accepts from YAML and the value a rule then reads.
 * YAML 1.1 reads some bare words as booleans ({@code yes}, {@code off}); the types accept what a user means.
 */
public enum OptionType {
  /** {@code true} or {@code false} (also {@code yes}/{@code no}, {@code on}/{@code off}); a rule reads a Boolean. */
  BOOLEAN("true or false"),
  /** A whole number of at least 1; a rule reads a Long. */
  POSITIVE_INTEGER("a whole number of at least 1"),
  /** The path of a program, or {@code off} for none; a rule reads a String ({@code off} for none). */
  PROGRAM("a path to a program, or off"),
  /** A list of words, or one string of them separated by commas; a rule reads a {@code List<String>}. */
  LIST("a list such as [SC2086, SC2034], or a string such as SC2086,SC2034");

  private static final Map<String, Boolean> BOOLEAN_WORDS = Map.of("true", true, "false", false, "yes", true,
      "no", false, "on", true, "off", false);

  private final String expected;

  OptionType(String expected) {
    this.expected = expected;
  }

  /** What a value of this type looks like, for messages and rule pages: {@code true or false}. */
  public String expected() {
    return expected;
  }

  /**
   * The value a rule reads for {@code yaml} (what the YAML reader gave: String, Integer, Long, Boolean, List or
   * Map).
   *
   * @throws IllegalArgumentException when {@code yaml} is not of this type; the message says what it is instead,
   *     for "must be ..., not ..."
   */
  public Object parse(Object yaml) {
    switch (this) {
      case BOOLEAN -> {
        if (yaml instanceof Boolean b) {
          return b;
        }
        Boolean b = yaml instanceof String s ? BOOLEAN_WORDS.get(s.strip().toLowerCase(Locale.ROOT)) : null;
        if (b == null) {
          throw new IllegalArgumentException(describe(yaml));
        }
        return b;
      }
      case POSITIVE_INTEGER -> {
        String text = yaml instanceof Number || yaml instanceof String ? String.valueOf(yaml).strip() : "";
        if (!text.matches("[0-9]{1,9}") || Long.parseLong(text) < 1) {
          throw new IllegalArgumentException(describe(yaml));
        }
        return Long.parseLong(text);
      }
      case PROGRAM -> {
        if (Boolean.FALSE.equals(yaml)) {
          return "off";
        }
        if (!(yaml instanceof String s) || s.isBlank()) {
          throw new IllegalArgumentException(describe(yaml));
        }
        return s.strip().equalsIgnoreCase("off") ? "off" : s.strip();
      }
      case LIST -> {
        List<String> out = new ArrayList<>();
        if (yaml instanceof Collection<?> c) {
          for (Object o : c) {
            if (!(o instanceof String || o instanceof Number) || String.valueOf(o).isBlank()) {
              throw new IllegalArgumentException("a list with " + describe(o) + " in it");
            }
            out.add(String.valueOf(o).strip());
          }
        } else if (yaml instanceof String s) {
          for (String part : s.split("[,\\s]+")) {
            if (!part.isEmpty()) {
              out.add(part);
            }
          }
        } else {
          throw new IllegalArgumentException(describe(yaml));
        }
        return List.copyOf(out);
      }
      default -> throw new IllegalStateException(name());
    }
  }

  /** {@code 'maybe'}, {@code a list}, {@code nothing}: how a message names a value it rejects. */
  private static String describe(Object yaml) {
    if (yaml == null) {
      return "nothing";
    }
    if (yaml instanceof Collection<?>) {
      return "a list";
    }
    if (yaml instanceof Map<?, ?>) {
      return "a mapping";
    }
    return "'" + yaml + "'";
  }
}
