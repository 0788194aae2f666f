package dev.dockwright.rules.labels;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import java.util.List;

@RuleInfo(
    id = "DW5000",
    name = "invalid-label-key",
    summary = "A label key does not follow Docker's key format",
    severity = Severity.STYLE,
    category = Category.LABELS,
    aliases = {"DL3048"})
public final class InvalidLabelKey implements Rule {
  private static final List<String> RESERVED = List.of("com.docker.", "io.docker.", "org.dockerproject.");

  @Override
  public void check(RuleContext context) {
    for (Labels.Use use : Labels.all(context)) {
      if (use.key().isEmpty() || Labels.isRunLabel(use.key().get())) {
        continue;
      }
      String problem = problem(use.key().get());
      if (problem != null) {
        context.report(use.pair().key().range(), "label key `" + use.key().get() + "` " + problem);
      }
    }
  }

  /** Docker's recommendations for keys, as hadolint checks them; null when the key follows them. */
  static String problem(String key) {
    for (String reserved : RESERVED) {
      if (key.startsWith(reserved)) {
        return "uses the `" + reserved + "` namespace, which Docker reserves";
      }
    }
    if (key.isEmpty() || key.charAt(0) < 'a' || key.charAt(0) > 'z') {
      return "should start with a lowercase letter";
    }
    char last = key.charAt(key.length() - 1);
    if (!((last >= 'a' && last <= 'z') || (last >= '0' && last <= '9'))) {
      return "should end with a lowercase letter or a digit";
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) {
        return "should only use lowercase letters, digits, `.` and `-`, not `" + c + "`";
      }
    }
    if (key.contains("..") || key.contains("--")) {
      return "should not repeat `.` or `-`";
    }
    return null;
  }
}
