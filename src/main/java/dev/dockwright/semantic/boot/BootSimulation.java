package dev.dockwright.semantic.boot;

import dev.dockwright.semantic.ImageState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The boot of an image under a run mode: the Wants/Requires closure from the default target over the
 * image's units, each unit's conditions evaluated under the mode, and a {@link Verdict} per unit
 * ({@code shared/spec/systemd-boot.md} §7).
 */
public final class BootSimulation {
  /** One unit of the boot: its verdict, why, and the unit that pulled it in. */
  public record UnitVerdict(String unit, Verdict verdict, String reason, String wantedBy) {}

  /** The boot of one image. */
  public record Boot(Release release, RunMode mode, boolean containerDetected, String defaultTarget,
      List<UnitVerdict> units) {
    public List<UnitVerdict> harmful() {
      return units.stream().filter(u -> u.verdict().harmful()).toList();
    }

    public Optional<UnitVerdict> unit(String name) {
      return units.stream().filter(u -> u.unit().equals(name)).findFirst();
    }
  }

  private static final List<String> PULLS = List.of("Wants", "Requires", "BindsTo");

  private BootSimulation() {}

  /**
   * The boot of the image built from {@code state} under {@code mode}; empty when the knowledge base has no
   * data for the release of its base.
   */
  public static Optional<Boot> of(ImageState state, RunMode mode) {
    UnitKnowledge kb = UnitKnowledge.bundled();
    return kb.releaseFor(state.distro()).flatMap(i -> kb.release(i.id())).map(r -> run(r, state, mode));
  }

  /** Simulates the boot of the image built from {@code state}, whose base is {@code release}. */
  public static Boot run(Release release, ImageState state, RunMode mode) {
    ImageUnits image = ImageUnits.of(release, state);
    Optional<String> env = state.containerEnv().flatMap(ImageState.ContainerEnv::value)
        .or(() -> state.entrypointScript().flatMap(dev.dockwright.semantic.EntrypointScript::container));
    boolean detected = detected(release.systemdVersion(), env.isPresent() ? env : mode.containerVariable(), mode);
    Conditions conditions = new Conditions(image, mode, detected, release.systemdVersion());
    Map<String, String> pulledBy = new LinkedHashMap<>();
    Deque<String> work = new ArrayDeque<>();
    String root = image.defaultTarget();
    pulledBy.put(root, "");
    work.add(root);
    while (!work.isEmpty()) {
      String name = work.pop();
      Optional<Release.UnitFile> file = image.unit(name);
      if (file.isEmpty() || image.maskedBecause(name).isPresent()
          || conditions.unmet(name, file.get()).isPresent() && !premounted(name)) {
        continue; // a unit its conditions skip does not start what it wants (verified: logind's modprobe@drm)
      }
      List<String> deps = new ArrayList<>();
      for (String key : PULLS) {
        deps.addAll(file.get().words(key));
      }
      deps.addAll(image.linked(name));
      deps.addAll(generated(name, image, release.systemdVersion(), detected));
      for (String d : deps) {
        String resolved = image.unit(d).flatMap(Release.UnitFile::aliasOf).orElse(d);
        if (!pulledBy.containsKey(resolved)) {
          pulledBy.put(resolved, name);
          work.add(resolved);
        }
      }
    }
    List<UnitVerdict> out = new ArrayList<>();
    pulledBy.forEach((name, by) -> {
      Optional<Release.UnitFile> file = image.unit(name);
      if (file.isPresent()) {
        out.add(verdict(name, file.get(), by, image, conditions));
      }
    });
    out.sort(java.util.Comparator.comparing(UnitVerdict::unit));
    return new Boot(release, mode, detected, root, List.copyOf(out));
  }

  /** systemd ≥ 248 finds /.dockerenv or /run/.containerenv; before, only a non-empty {@code container}. */
  static boolean detected(int version, Optional<String> variable, RunMode mode) {
    if (version >= 248) {
      return true;
    }
    return variable.map(v -> !v.isEmpty()).orElse(false);
  }

  /** Units generators add: the fstab generator's remount-fs (≥ 245), the getty generator's serial getty. */
  private static List<String> generated(String owner, ImageUnits image, int version, boolean detected) {
    List<String> out = new ArrayList<>();
    if (owner.equals("local-fs.target") && version >= 245) {
      out.add("systemd-remount-fs.service");
    }
    if (owner.equals("getty.target") && !detected) {
      out.add("serial-getty@ttyS0.service");
    }
    return out;
  }

  private static boolean premounted(String unit) {
    return Effects.of(unit, a -> a.equals("premounted")).isPresent();
  }

  private static UnitVerdict verdict(String name, Release.UnitFile file, String by, ImageUnits image,
      Conditions conditions) {
    Optional<String> masked = image.maskedBecause(name);
    if (masked.isPresent()) {
      return new UnitVerdict(name, Verdict.SKIPPED, masked.get(), by);
    }
    if (name.endsWith(".socket")) {
      String service = file.words("Service").stream().findFirst()
          .orElse(name.substring(0, name.length() - ".socket".length()) + ".service");
      Optional<String> serviceMasked = image.maskedBecause(service);
      if (serviceMasked.isPresent() && conditions.unmet(name, file).isEmpty()) {
        return new UnitVerdict(name, Verdict.COSMETIC, "its service `" + service + "` is " + serviceMasked.get()
            + ": systemd prints \"refusing\" on the console and nothing fails", by);
      }
    }
    Optional<Effects.Effect> mounted = Effects.of(name, a -> a.equals("premounted"));
    if (mounted.isPresent()) {
      return new UnitVerdict(name, mounted.get().verdict(), mounted.get().reason(), by);
    }
    Optional<String> unmet = conditions.unmet(name, file);
    if (unmet.isPresent()) {
      return new UnitVerdict(name, unmet.get().startsWith("Assert") ? Verdict.FAILS : Verdict.SKIPPED, unmet.get(),
          by);
    }
    Optional<Effects.Effect> effect = Effects.of(name, a -> !a.equals("premounted") && conditions.holds(a));
    if (effect.isPresent()) {
      return new UnitVerdict(name, effect.get().verdict(), effect.get().reason(), by);
    }
    return new UnitVerdict(name, Verdict.STARTS, "", by);
  }
}
