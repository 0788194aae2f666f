package dev.dockwright.engine;

import dev.dockwright.ast.EditDistance;
import dev.dockwright.rule.Rule;
import dev.dockwright.rules.AllRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Every rule dockwright has, from the list in {@link AllRules}; lookups by id, name or alias. */
public final class RuleRegistry {
  private final List<RuleDescriptor> rules;

  public RuleRegistry(List<Rule> rules) {
    List<RuleDescriptor> list = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Rule r : rules) {
      RuleDescriptor d = RuleDescriptor.of(r);
      if (!seen.add(d.id().toLowerCase(Locale.ROOT)) || !seen.add("name:" + d.name())) {
        throw new IllegalStateException("duplicate rule id or name: " + d.label());
      }
      list.add(d);
    }
    list.sort(Comparator.comparing(RuleDescriptor::id));
    this.rules = List.copyOf(list);
  }

  private static final class Holder {
    static final RuleRegistry DEFAULT = new RuleRegistry(AllRules.create());
  }

  public static RuleRegistry standard() {
    return Holder.DEFAULT;
  }

  public List<RuleDescriptor> all() {
    return rules;
  }

  /** The rule an id, name or alias names. */
  public Optional<RuleDescriptor> find(String token) {
    for (RuleDescriptor d : rules) {
      if (d.matches(token)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The rule that reports an external checker's code such as {@code SC2086}. */
  public Optional<RuleDescriptor> ownerOfExternalCode(String code) {
    return rules.stream().filter(d -> d.ownsExternalCode(code)).findFirst();
  }

  /** Rules whose id, name or an alias start with a prefix (e.g. {@code DL30}), for selecting a group. */
  public List<RuleDescriptor> findAll(String token) {
    Optional<RuleDescriptor> exact = find(token);
    if (exact.isPresent()) {
      return List.of(exact.get());
    }
    String t = token.trim().toLowerCase(Locale.ROOT);
    List<RuleDescriptor> out = new ArrayList<>();
    if (t.equals("all")) {
      return rules;
    }
    for (RuleDescriptor d : rules) {
      if (d.id().toLowerCase(Locale.ROOT).startsWith(t) || d.category().name().equalsIgnoreCase(t)) {
        out.add(d);
      }
    }
    return out;
  }

  /** {@code unknown rule 'x'} and what to do: the near name, or where the names are listed. */
  public String unknownRule(String code) {
    return "unknown rule '" + code + "'" + suggest(code).map(x -> "; did you mean '" + x + "'?")
        .orElse("; see 'dockwright rules'");
  }

  /** A near name for "did you mean" messages. */
  public Optional<String> suggest(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    String best = null;
    // Short codes such as DL9999 are one digit away from many real ones: only suggest close matches.
    int bestD = Math.max(1, Math.min(3, t.length() / 5)) + 1;
    for (RuleDescriptor d : rules) {
      for (String candidate : candidates(d)) {
        int dist = EditDistance.between(t, candidate.toLowerCase(Locale.ROOT));
        if (dist < bestD) {
          bestD = dist;
          best = candidate;
        }
      }
    }
    return best != null ? Optional.of(best) : containing(t);
  }

  /**
   * The one rule name that the token holds whole, or that holds the token, as whole dash-separated words:
   * {@code no-latest-tag} and {@code latest} both mean {@code latest-tag}. Empty when none or several do.
   */
  private Optional<String> containing(String token) {
    String t = "-" + token + "-";
    List<String> found = rules.stream().map(d -> d.name().toLowerCase(Locale.ROOT))
        .filter(n -> token.length() >= 4 && (t.contains("-" + n + "-") || ("-" + n + "-").contains(t)))
        .distinct().toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private static List<String> candidates(RuleDescriptor d) {
    List<String> c = new ArrayList<>(d.aliases());
    c.add(d.id());
    c.add(d.name());
    return c;
  }
}
