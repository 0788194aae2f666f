package dev.dockwright.semantic;

import java.util.Objects;

/** What a {@link VariableScope} knows about one variable name at one point of the build. */
public record VariableBinding(Kind kind, String value) {

  public enum Kind {
    /** Set, with a value known statically ({@code ENV A=1}, {@code ARG A=1} with no build arg override). */
    DEFINED,
    /**
     * Declared, but neither its value nor even whether it is set can be known statically: {@code ARG A}
     * without a default is unset unless {@code --build-arg A=...} is passed, and a build arg can carry any
     * value.
     */
    DEFINED_UNKNOWN,
    /** Not declared: BuildKit expands it to the empty string (and reports UndefinedVar). */
    UNDEFINED
  }

  private static final VariableBinding UNKNOWN = new VariableBinding(Kind.DEFINED_UNKNOWN, null);
  private static final VariableBinding NOT_DEFINED = new VariableBinding(Kind.UNDEFINED, null);

  public VariableBinding {
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.DEFINED) != (value != null)) {
      throw new IllegalArgumentException("a value is required exactly for DEFINED, got " + kind);
    }
  }

  public static VariableBinding defined(String value) {
    return new VariableBinding(Kind.DEFINED, Objects.requireNonNull(value, "value"));
  }

  public static VariableBinding unknown() {
    return UNKNOWN;
  }

  public static VariableBinding undefined() {
    return NOT_DEFINED;
  }
}
