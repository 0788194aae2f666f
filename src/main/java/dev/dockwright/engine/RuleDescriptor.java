package dev.dockwright.engine;

import dev.dockwright.fix.Applicability;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.OptionSpec;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** A registered rule and its metadata. */
public record RuleDescriptor(Rule rule, String id, String name, String summary, Severity severity,
    Category category, FixAvailability fix, List<Applicability> fixSafety, List<String> aliases,
    boolean enabledByDefault, List<OptionSpec> options) {

  public RuleDescriptor {
    fixSafety = List.copyOf(fixSafety);
    aliases = List.copyOf(aliases);
    options = List.copyOf(options);
  }

  /** The declared option named {@code name} (exactly, as in the config). */
  public Optional<OptionSpec> option(String name) {
    return options.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /**
   * Both axes of the rule's fixes, for listings: {@code none}, or whether one is offered and how safe it is
   * ({@code always safe}, {@code sometimes unsafe}, {@code always safe/unsafe}).
   */
  public String fixSummary() {
    if (fix == FixAvailability.NONE) {
      return "none";
    }
    return fix.name().toLowerCase(java.util.Locale.ROOT) + " " + String.join("/", fixSafety.stream()
        .map(a -> a.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList());
  }

  /** By id and rule instance: descriptors are map keys on every finding, so no hashing of every field. */
  @Override
  public boolean equals(Object o) {
    return o instanceof RuleDescriptor d && d.rule == rule && d.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  public static RuleDescriptor of(Rule rule) {
    RuleIndex.Entry info = RuleIndex.of(rule.getClass()).orElseThrow(
        () -> new IllegalStateException(rule.getClass().getName() + " has no RuleInfo annotation"));
    return new RuleDescriptor(rule, info.id(), info.name(), info.summary(), info.severity(), info.category(),
        info.fix(), info.fixSafety(), info.aliases(), info.enabledByDefault(), info.options());
  }

  /** Whether an id, name or alias (case-insensitive) names this rule. */
  public boolean matches(String token) {
    String t = token.trim();
    if (t.equalsIgnoreCase(id) || t.equalsIgnoreCase(name)) {
      return true;
    }
    for (String a : aliases) {
      if (a.equalsIgnoreCase(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code code} is one of the external checker codes this rule reports (see {@link RuleInfo#externalCodes()}). */
  public boolean ownsExternalCode(String code) {
    Pattern p = EXTERNAL_CODES.computeIfAbsent(rule.getClass(), c -> {
      String regex = RuleIndex.of(rule.getClass()).map(RuleIndex.Entry::externalCodes).orElse("");
      return regex.isEmpty() ? NO_CODES : Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    });
    return p != NO_CODES && p.matcher(code.trim()).matches();
  }

  private static final Pattern NO_CODES = Pattern.compile("(?!)");
  private static final Map<Class<?>, Pattern> EXTERNAL_CODES = new ConcurrentHashMap<>();

  /** The rule page resource in the jar. */
  public String pageResource() {
    return "/dockwright/rules/" + id + "-" + name + ".md";
  }

  public String label() {
    return id + " " + name;
  }

  public String lowerName() {
    return name.toLowerCase(Locale.ROOT);
  }
}
