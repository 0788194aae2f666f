package dev.dockwright.semantic;

import java.util.Map;
import java.util.Set;

/**
 * The variables visible to one instruction (ARGs and ENVs in effect), as {@link VariableExpander} sees
 * them. Names are case-sensitive, as BuildKit compares them on Linux. Implementations must be safe to
 * call from several threads if the expander is.
 */
@FunctionalInterface
public interface VariableScope {

  /** The binding of {@code name}; {@code null} is treated as {@link VariableBinding#undefined()}. */
  VariableBinding lookup(String name);

  static VariableScope empty() {
    return name -> VariableBinding.undefined();
  }

  /** A scope where the given names have known values and nothing else is defined. */
  static VariableScope of(Map<String, String> values) {
    return of(values, Set.of());
  }

  /** Known values, plus names that are declared but whose value cannot be known (build args). */
  static VariableScope of(Map<String, String> values, Set<String> unknownNames) {
    Map<String, String> known = Map.copyOf(values);
    Set<String> unknown = Set.copyOf(unknownNames);
    return name -> {
      if (unknown.contains(name)) {
        return VariableBinding.unknown();
      }
      String value = known.get(name);
      return value == null ? VariableBinding.undefined() : VariableBinding.defined(value);
    };
  }
}
