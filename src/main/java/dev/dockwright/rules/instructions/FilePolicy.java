package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Comment;
import dev.dockwright.rule.RuleContext;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Policy settings (trusted registries, label schema) as the rules see them: the configured ones, or, when none
 * are configured, those a file states for itself in a comment such as
 * {@code # dockwright trusted-registries=docker.io,ghcr.io}, {@code # dockwright label-schema=version:semver}
 * or {@code # dockwright strict-labels=true}. The comment form makes a file's policy travel with it (and the
 * rule pages' examples self-contained); configuration wins when both exist.
 */
public final class FilePolicy {
  private static final Pattern SETTING = Pattern.compile(
      "(?i)^dockwright\\s+(trusted-registries|label-schema|strict-labels)\\s*=\\s*(\\S.*?)\\s*$");

  private FilePolicy() {}

  public static List<String> trustedRegistries(RuleContext context) {
    List<String> configured = context.settings().trustedRegistries();
    if (!configured.isEmpty()) {
      return configured;
    }
    return comment(context, "trusted-registries").map(FilePolicy::split).orElse(List.of());
  }

  /** Label name to type ({@code text}, {@code url}, {@code semver}, {@code hash}, {@code rfc3339}, {@code spdx}, {@code email}). */
  public static Map<String, String> labelSchema(RuleContext context) {
    Map<String, String> configured = context.settings().labelSchema();
    if (!configured.isEmpty()) {
      return configured;
    }
    Map<String, String> out = new LinkedHashMap<>();
    comment(context, "label-schema").ifPresent(v -> {
      for (String entry : split(v)) {
        int colon = entry.lastIndexOf(':');
        if (colon > 0) {
          out.put(entry.substring(0, colon).trim(), entry.substring(colon + 1).trim());
        }
      }
    });
    return out;
  }

  public static boolean strictLabels(RuleContext context) {
    return context.settings().strictLabels()
        || comment(context, "strict-labels").map(v -> v.equalsIgnoreCase("true")).orElse(false);
  }

  private static Optional<String> comment(RuleContext context, String key) {
    for (Comment c : context.ast().comments()) {
      Matcher m = SETTING.matcher(c.text());
      if (m.matches() && m.group(1).equalsIgnoreCase(key)) {
        return Optional.of(m.group(2));
      }
    }
    return Optional.empty();
  }

  private static List<String> split(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
