package dev.dockwright.semantic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of expanding one word the way BuildKit's {@code ProcessWord} does.
 *
 * @param value the expanded text when {@code known}; otherwise a display form in which every
 *     substitution whose result depends on an unknown value is left as written (useful in messages, never
 *     to be reasoned about); empty when there is an error
 * @param known true only when {@code value} is exactly what BuildKit would produce: no error, and no
 *     {@link VariableBinding.Kind#DEFINED_UNKNOWN} variable influenced the result
 * @param references every variable lookup, in input order (including those inside default words that
 *     end up unused: BuildKit expands those eagerly too)
 * @param error the first error; BuildKit stops at the first one, so there is never more than one. Lookups
 *     made before it are still listed in {@code references}
 */
public record Expansion(
    String value, boolean known, List<VariableReference> references, Optional<ExpansionError> error) {

  public Expansion {
    Objects.requireNonNull(value, "value");
    references = List.copyOf(references);
    Objects.requireNonNull(error, "error");
    if (error.isPresent() && known) {
      throw new IllegalArgumentException("a failed expansion has no known value");
    }
  }

  public boolean failed() {
    return error.isPresent();
  }

  /** The value, if it is known statically. */
  public Optional<String> knownValue() {
    return known ? Optional.of(value) : Optional.empty();
  }
}
