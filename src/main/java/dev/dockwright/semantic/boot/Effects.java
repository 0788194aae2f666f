package dev.dockwright.semantic.boot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What units do once their own conditions let them start, when that reaches the host or fails: the table
 * {@code effects.tsv} of the knowledge base (hand-maintained from the verified facts of
 * {@code shared/spec/systemd-boot.md}).
 */
final class Effects {
  /** One row: the unit glob, the facts that must hold, the verdict and its reason. */
  record Effect(String unit, List<String> when, Verdict verdict, String reason, String source) {}

  private static final List<Effect> BUNDLED = load();

  private Effects() {}

  static List<Effect> all() {
    return BUNDLED;
  }

  /** The first effect of a unit whose facts hold. */
  static Optional<Effect> of(String unit, java.util.function.Predicate<String> holds) {
    for (Effect e : BUNDLED) {
      if (dev.dockwright.semantic.SystemdUnits.Globs.matches(e.unit(), unit) && e.when().stream().allMatch(holds)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static List<Effect> load() {
    InputStream in = Effects.class.getResourceAsStream(UnitKnowledge.RESOURCES + "effects.tsv");
    if (in == null) {
      throw new IllegalStateException("the knowledge base file effects.tsv is missing from the class path");
    }
    List<Effect> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#") || line.startsWith("unit\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        out.add(new Effect(f[0], List.of(f[1].split(",")), Verdict.valueOf(f[2].toUpperCase(java.util.Locale.ROOT)),
            f[3], f[4]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
