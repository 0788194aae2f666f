package dev.dockwright.engine;

import dev.dockwright.rule.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which rules run and at what severity: defaults, then {@code select} (only these, plus rules off by
 * default that are named), {@code ignore}, and severity overrides ({@code off} disables).
 */
public final class RuleSelection {
  private final Set<RuleDescriptor> enabled;
  private final Map<RuleDescriptor, Severity> severities;
  private final Set<String> ignoredExternalCodes;

  private RuleSelection(Set<RuleDescriptor> enabled, Map<RuleDescriptor, Severity> severities,
      Set<String> ignoredExternalCodes) {
    this.enabled = enabled;
    this.severities = severities;
    this.ignoredExternalCodes = ignoredExternalCodes;
  }

  /** Whether an external checker code ({@code SC2086}) was named in the ignore list. */
  public boolean ignoresExternalCode(String code) {
    return ignoredExternalCodes.contains(code.toUpperCase(Locale.ROOT));
  }

  public static RuleSelection defaults(RuleRegistry registry) {
    return builder(registry).build();
  }

  public boolean isEnabled(RuleDescriptor d) {
    return enabled.contains(d);
  }

  public Severity severity(RuleDescriptor d) {
    return severities.getOrDefault(d, d.severity());
  }

  public List<RuleDescriptor> enabledRules() {
    return new ArrayList<>(enabled);
  }

  public static Builder builder(RuleRegistry registry) {
    return new Builder(registry);
  }

  /** Collects select/ignore/override settings; unknown codes are reported by the caller via {@link #unknown()}. */
  public static final class Builder {
    private final RuleRegistry registry;
    private final List<String> select = new ArrayList<>();
    private final List<String> ignore = new ArrayList<>();
    private final Map<String, String> overrides = new java.util.LinkedHashMap<>();
    private final List<String> unknown = new ArrayList<>();

    Builder(RuleRegistry registry) {
      this.registry = registry;
    }

    public Builder select(Collection<String> codes) {
      select.addAll(codes);
      return this;
    }

    public Builder ignore(Collection<String> codes) {
      ignore.addAll(codes);
      return this;
    }

    /** {@code level} is a severity name or {@code off}. */
    public Builder override(String code, String level) {
      overrides.put(code, level);
      return this;
    }

    public List<String> unknown() {
      return unknown;
    }

    public RuleSelection build() {
      Set<RuleDescriptor> enabled = new LinkedHashSet<>();
      if (select.isEmpty()) {
        for (RuleDescriptor d : registry.all()) {
          if (d.enabledByDefault()) {
            enabled.add(d);
          }
        }
      } else {
        for (String code : select) {
          List<RuleDescriptor> found = registry.findAll(code);
          if (found.isEmpty()) {
            unknown.add(code);
          }
          enabled.addAll(found);
        }
      }
      Set<String> ignoredExternal = new java.util.HashSet<>();
      for (String code : ignore) {
        List<RuleDescriptor> found = registry.findAll(code);
        if (found.isEmpty() && registry.ownerOfExternalCode(code).isPresent()) {
          ignoredExternal.add(code.trim().toUpperCase(Locale.ROOT));
        } else if (found.isEmpty()) {
          unknown.add(code);
        }
        found.forEach(enabled::remove);
      }
      Map<RuleDescriptor, Severity> sev = new IdentityHashMap<>();
      for (Map.Entry<String, String> e : overrides.entrySet()) {
        Optional<RuleDescriptor> d = registry.find(e.getKey());
        if (d.isEmpty()) {
          unknown.add(e.getKey());
          continue;
        }
        if (e.getValue().equalsIgnoreCase("off") || e.getValue().equalsIgnoreCase("none")) {
          enabled.remove(d.get());
        } else {
          sev.put(d.get(), Severity.parse(e.getValue()));
          if (!d.get().enabledByDefault() && select.isEmpty()) {
            enabled.add(d.get());
          }
        }
      }
      return new RuleSelection(enabled, sev, Set.copyOf(ignoredExternal));
    }
  }
}
