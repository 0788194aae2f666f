package dev.dockwright.semantic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable chain of variable definitions: each ARG or ENV adds a link, so the scope before every
 * instruction is kept without copying maps. Lookups walk from the newest definition.
 */
public final class Scope implements VariableScope {
  private static final Scope EMPTY = new Scope(null, null, null, null, 0);
  private static final int MAX_CHAIN_FOR_SNAPSHOT = 100_000;

  private final Scope parent;
  private final String name;
  private final VariableBinding binding;
  private final Origin origin;
  private final int depth;

  /**
   * Where a variable came from. {@code INHERITED_ENV} and {@code INHERITED_ARG} are definitions a stage
   * takes over from the stage it is built FROM (BuildKit passes both ENV and ARG values down).
   */
  public enum Origin { GLOBAL_ARG, BUILTIN_ARG, ARG, ENV, INHERITED_ENV, INHERITED_ARG }

  private Scope(Scope parent, String name, VariableBinding binding, Origin origin, int depth) {
    this.parent = parent;
    this.name = name;
    this.binding = binding;
    this.origin = origin;
    this.depth = depth;
  }

  public static Scope empty() {
    return EMPTY;
  }

  public Scope with(String name, VariableBinding binding, Origin origin) {
    return new Scope(this, name, binding, origin, depth + 1);
  }

  @Override
  public VariableBinding lookup(String key) {
    for (Scope s = this; s != null && s.name != null; s = s.parent) {
      if (s.name.equals(key)) {
        return s.binding;
      }
    }
    return VariableBinding.undefined();
  }

  /** Where the visible definition of {@code key} came from, or null when it is not defined. */
  public Origin originOf(String key) {
    for (Scope s = this; s != null && s.name != null; s = s.parent) {
      if (s.name.equals(key)) {
        return s.origin;
      }
    }
    return null;
  }

  /** Every visible variable (newest definition wins), in order of first definition. */
  public Map<String, VariableBinding> snapshot() {
    Map<String, VariableBinding> reversed = new LinkedHashMap<>();
    int n = 0;
    for (Scope s = this; s != null && s.name != null && n < MAX_CHAIN_FOR_SNAPSHOT; s = s.parent, n++) {
      reversed.putIfAbsent(s.name, s.binding);
    }
    Map<String, VariableBinding> out = new LinkedHashMap<>();
    var keys = new java.util.ArrayList<>(reversed.keySet());
    java.util.Collections.reverse(keys);
    for (String k : keys) {
      out.put(k, reversed.get(k));
    }
    return out;
  }

  /** Names visible in this scope (for "did you mean" suggestions). */
  public java.util.Set<String> names() {
    return snapshot().keySet();
  }
}
