package dev.dockwright.shell;

import java.util.Set;

/**
 * What a command's option syntax needs to be parsed: which options consume the next word as a value,
 * whether single-dash options are long ({@code go build -ldflags}), and whether options stop at the first
 * positional (wrappers like {@code sudo}, whose later words belong to the wrapped command).
 */
record ArgSpec(Set<String> valueOptions, boolean singleDashLong, boolean stopAtFirstPositional) {
  static final ArgSpec DEFAULT = new ArgSpec(Set.of(), false, false);

  static ArgSpec withValues(String... valueOptions) {
    return new ArgSpec(Set.of(valueOptions), false, false);
  }

  static ArgSpec wrapper(String... valueOptions) {
    return new ArgSpec(Set.of(valueOptions), false, true);
  }

  ArgSpec withSingleDashLong() {
    return new ArgSpec(valueOptions, true, stopAtFirstPositional);
  }
}
