package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Flag;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.Token;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Expansion;
import dev.dockwright.semantic.ImageReference;
import dev.dockwright.semantic.MountFields;
import dev.dockwright.semantic.MountSpec;
import dev.dockwright.semantic.Stage;
import dev.dockwright.semantic.TextSpan;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

@RuleInfo(
    id = "DW3006",
    name = "untrusted-registry",
    summary = "An image comes from a registry that is not in `trustedRegistries`",
    severity = Severity.ERROR,
    category = Category.BASE_IMAGE,
    aliases = {"DL3026"})
public final class UntrustedRegistry implements Rule {
  private static final List<String> DOCKER_HUB_NAMES = List.of("docker.io", "index.docker.io", "hub.docker.com",
      "registry-1.docker.io");

  @Override
  public void check(RuleContext context) {
    List<String> trusted = FilePolicy.trustedRegistries(context);
    if (trusted.isEmpty()) {
      return;
    }
    char escape = context.ast().escape();
    for (Stage stage : context.model().stages()) {
      if (stage.parent().isPresent() || stage.from().image().isEmpty() || !stage.base().isKnown()) {
        continue;
      }
      Token image = stage.from().image().get();
      ImageReference ref = ImageReference.parse(stage.base().expansion().value());
      if (!ref.valid() || ref.isScratch()) {
        continue;
      }
      report(context, trusted, ref, rangeOf(image, ref, escape), "FROM");
    }
    for (Instruction i : context.ast().instructions()) {
      if (i instanceof Instruction.Copy copy) {
        checkFromFlag(context, trusted, copy);
      } else if (i instanceof Instruction.Run run) {
        checkMounts(context, trusted, run);
      }
    }
  }

  private static void checkFromFlag(RuleContext context, List<String> trusted, Instruction.Copy copy) {
    Optional<Flag> from = copy.flag("from");
    if (from.isEmpty() || from.get().value().isEmpty() || from.get().valueToken().isEmpty()) {
      return;
    }
    String value = from.get().value().get();
    imageOf(context, copy, value).ifPresent(ref -> report(context, trusted, ref,
        rangeOf(from.get().valueToken().get(), ref, context.ast().escape()), "COPY --from"));
  }

  private static void checkMounts(RuleContext context, List<String> trusted, Instruction.Run run) {
    for (Flag f : run.flags()) {
      if (!f.name().equals("mount") || f.value().isEmpty() || f.valueToken().isEmpty()) {
        continue;
      }
      MountSpec mount = MountSpec.parse(f.value().get());
      Optional<String> from = mount.from();
      if (from.isEmpty()) {
        continue;
      }
      Token token = f.valueToken().get();
      Optional<TextSpan> span = token.text().equals(f.value().get())
          ? MountFields.valueSpan(token.text(), "from") : Optional.empty();
      imageOf(context, run, from.get()).ifPresent(ref -> {
        SourceRange at = token.range();
        if (span.isPresent() && Words.isVerbatim(from.get(), context.ast().escape())) {
          TextSpan part = ref.registrySpan() != null ? ref.registrySpan() : ref.repositorySpan();
          at = token.subRange(span.get().start() + part.start(), span.get().start() + part.end());
        }
        report(context, trusted, ref, at, "RUN --mount from=");
      });
    }
  }

  /** The image a {@code --from} names, when it names neither a stage nor something unknowable. */
  private static Optional<ImageReference> imageOf(RuleContext context, Instruction at, String value) {
    Expansion e = context.model().expand(at, value);
    if (!e.references().isEmpty() || e.failed() || value.isEmpty() || value.chars().allMatch(Character::isDigit)
        || context.model().stageByName(value).isPresent()) {
      return Optional.empty();
    }
    ImageReference ref = ImageReference.parse(value);
    return ref.valid() && !ref.isScratch() && !value.equalsIgnoreCase("context") ? Optional.of(ref)
        : Optional.empty();
  }

  private static SourceRange rangeOf(Token token, ImageReference ref, char escape) {
    TextSpan span = ref.registrySpan() != null ? ref.registrySpan() : ref.repositorySpan();
    return Words.locateInValue(token, span, escape);
  }

  private static void report(RuleContext context, List<String> trusted, ImageReference ref, SourceRange at,
      String where) {
    String domain = ref.domain();
    if (isTrusted(domain, ref.isDockerHub(), trusted)) {
      return;
    }
    String allowed = trusted.stream().map(t -> "`" + t + "`").collect(Collectors.joining(", "));
    String source = ref.registry() == null ? "`" + ref.familiarName() + "` comes from Docker Hub (`docker.io`)"
        : "`" + ref.familiarName() + "` comes from `" + domain + "`";
    context.report(at, source + ", which is not a trusted registry for " + where + " (trusted: " + allowed + ")");
  }

  static boolean isTrusted(String domain, boolean dockerHub, List<String> trusted) {
    String d = domain.toLowerCase(Locale.ROOT);
    for (String t : trusted) {
      String entry = t.trim().toLowerCase(Locale.ROOT);
      if (entry.equals(d) || (dockerHub && DOCKER_HUB_NAMES.contains(entry))) {
        return true;
      }
      if (entry.startsWith("*.") && d.endsWith(entry.substring(1))) {
        return true;
      }
    }
    return false;
  }
}
