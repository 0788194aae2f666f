package dev.dockwright.engine;

import dev.dockwright.config.DockwrightConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rules a config file selects, ignores and re-rates, read one way for the command line and the language
 * server. A code no rule has is an error in a dockwright config, at its line; in a hadolint config it is
 * skipped (those often list ShellCheck codes, or checks dockwright covers differently). ShellCheck's own codes
 * ({@code SC2086}) name no rule but are ignored one by one.
 */
public record ConfigRules(List<String> select, List<String> ignore, Map<String, String> severity) {

  /**
   * @param skipped told, for each code a hadolint config names that no rule has, a message such as
   *     {@code .hadolint.yaml:3:5: skipping 'DL9999': no dockwright rule has this code}
   * @throws IllegalArgumentException for a code no rule has in a dockwright config, saying where it is
   */
  public static ConfigRules of(RuleRegistry registry, DockwrightConfig config, Consumer<String> skipped) {
    List<String> external = config.ignore().stream()
        .filter(c -> registry.findAll(c).isEmpty() && registry.ownerOfExternalCode(c).isPresent()).toList();
    List<String> ignore = new ArrayList<>(known(registry, config, config.ignore().stream()
        .filter(c -> !external.contains(c)).toList(), skipped));
    ignore.addAll(external);
    Map<String, String> severity = new LinkedHashMap<>();
    for (var e : config.severity().entrySet()) {
      if (!known(registry, config, List.of(e.getKey()), skipped).isEmpty()) {
        severity.put(e.getKey(), e.getValue());
      }
    }
    return new ConfigRules(known(registry, config, config.select(), skipped), List.copyOf(ignore),
        Collections.unmodifiableMap(severity));
  }

  private static List<String> known(RuleRegistry registry, DockwrightConfig config, List<String> codes,
      Consumer<String> skipped) {
    List<String> out = new ArrayList<>();
    for (String code : codes) {
      if (!registry.findAll(code).isEmpty()) {
        out.add(code);
        continue;
      }
      String where = config.originOf(code).map(o -> o + ": ").orElse("");
      if (config.format() == DockwrightConfig.Format.HADOLINT) {
        skipped.accept(where + "skipping '" + code + "': no dockwright rule has this code");
        continue;
      }
      throw new IllegalArgumentException(where + registry.unknownRule(code));
    }
    return List.copyOf(out);
  }
}
