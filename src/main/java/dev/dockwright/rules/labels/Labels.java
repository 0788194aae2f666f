package dev.dockwright.rules.labels;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.KeyValue;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rules.instructions.FilePolicy;
import dev.dockwright.semantic.Expansion;
import dev.dockwright.semantic.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The labels of a Dockerfile as the label rules see them, and the check they share. */
final class Labels {
  private Labels() {}

  /**
   * Formats of well-known OCI and label-schema.org keys, checked even without a configured schema (a
   * configured type for the same key wins).
   */
  static final Map<String, String> WELL_KNOWN = Map.ofEntries(
      Map.entry("org.opencontainers.image.created", "rfc3339"),
      Map.entry("org.opencontainers.image.url", "url"),
      Map.entry("org.opencontainers.image.source", "url"),
      Map.entry("org.opencontainers.image.documentation", "url"),
      Map.entry("org.opencontainers.image.licenses", "spdx"),
      Map.entry("org.label-schema.build-date", "rfc3339"),
      Map.entry("org.label-schema.url", "url"),
      Map.entry("org.label-schema.vcs-url", "url"),
      Map.entry("org.label-schema.usage", "url"));

  /**
   * The run-label convention of Podman ({@code podman container runlabel}) and Atomic: {@code RUN},
   * {@code INSTALL} and {@code UNINSTALL} hold the command line that runs, installs or removes the image, in
   * upper case by design. They are instructions to the container tool, not metadata, so the key-format and
   * schema rules leave them alone (the systemd pack's run note is one).
   */
  static boolean isRunLabel(String key) {
    return key.equals("RUN") || key.equals("INSTALL") || key.equals("UNINSTALL");
  }

  /**
   * One {@code key=value} of a LABEL in a stage (ONBUILD triggers excluded: they label other images).
   *
   * @param key the key after variable expansion, empty when it depends on an unknown build argument
   * @param value the value after expansion and quote removal, empty when unknown
   */
  record Use(Stage stage, Instruction.Label instruction, KeyValue pair, Optional<String> key, Optional<String> value) {}

  static List<Use> all(RuleContext context) {
    List<Use> out = new ArrayList<>();
    for (Stage stage : context.model().stages()) {
      for (Instruction.Label label : stage.instructions(Instruction.Label.class)) {
        for (KeyValue kv : label.pairs()) {
          Expansion key = context.model().expand(label, kv.key().text());
          Expansion value = context.model().expand(label, kv.valueText());
          out.add(new Use(stage, label, kv, key.knownValue(), value.knownValue()));
        }
      }
    }
    return out;
  }

  /** The declared type of a key: the configured schema's ({@link FilePolicy#labelSchema}), else the well-known one. */
  static Optional<String> typeOf(Map<String, String> schema, String key) {
    String configured = schema.get(key);
    if (configured != null) {
      return Optional.of(configured.toLowerCase(Locale.ROOT));
    }
    return Optional.ofNullable(WELL_KNOWN.get(key));
  }

  /** Reports each non-empty label of {@code type} whose value is not {@code valid}. */
  static void checkFormat(RuleContext context, String type, Predicate<String> valid, String expected) {
    Map<String, String> schema = FilePolicy.labelSchema(context);
    for (Use use : all(context)) {
      if (use.key().isEmpty() || use.value().isEmpty() || use.value().get().isEmpty()) {
        continue;
      }
      if (!typeOf(schema, use.key().get()).map(type::equals).orElse(false)) {
        continue;
      }
      String value = use.value().get();
      if (!valid.test(value)) {
        context.report(use.pair().value().orElse(use.pair().key()).range(), "label `" + use.key().get() + "` should be "
            + expected + ", but is `" + value + "`");
      }
    }
  }
}
