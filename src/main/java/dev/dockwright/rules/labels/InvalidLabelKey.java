package dev.dockwright.rules.labels;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "DW5000",
    name = "invalid-label-key",
    summary = "A label key does not follow Docker's key format",
    severity = Severity.STYLE,
    category = Category.LABELS,
    aliases = {"DL3048"})
public final class InvalidLabelKey implements Rule {
  private static final List<String> RESERVED = List.of("com.docker.", "io.docker.", "org.dockerproject.");

  /** Docker's recommendation: lowercase letters, digits, {@code .} and {@code -}. */
  private static final String DOCKER_PUNCTUATION = ".-";

  /** hadolint's DL3048 also accepts {@code _} and {@code /}. */
  private static final String HADOLINT_PUNCTUATION = ".-_/";

  @Override
  public void check(RuleContext context) {
    boolean compat = context.settings().hadolintCompat();
    for (Labels.Use use : Labels.all(context)) {
      Optional<String> key = compat ? Optional.of(unquoted(use.pair().key().text())) : use.key();
      if (key.isEmpty() || (!compat && Labels.isRunLabel(key.get()))) {
        continue;
      }
      String problem = problem(key.get(), compat ? HADOLINT_PUNCTUATION : DOCKER_PUNCTUATION);
      if (problem != null) {
        context.report(use.pair().key().range(), "label key `" + key.get() + "` " + problem);
      }
    }
  }

  /**
   * hadolint reads the key as written, quotes dropped, variables not expanded: {@code invalid$character}
   * has a {@code $} for it, where BuildKit expands the variable first.
   */
  private static String unquoted(String key) {
    int start = 0;
    int end = key.length();
    while (start < end && (key.charAt(start) == '"' || key.charAt(start) == '\'')) {
      start++;
    }
    while (end > start && (key.charAt(end - 1) == '"' || key.charAt(end - 1) == '\'')) {
      end--;
    }
    return key.substring(start, end);
  }

  /** What is wrong with a key given the punctuation allowed besides letters and digits; null when nothing is. */
  static String problem(String key, String punctuation) {
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
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || punctuation.indexOf(c) >= 0)) {
        return "should only use lowercase letters, digits, " + allowed(punctuation) + ", not `" + c + "`";
      }
    }
    if (key.contains("..") || key.contains("--")) {
      return "should not repeat `.` or `-`";
    }
    return null;
  }

  private static String allowed(String punctuation) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < punctuation.length(); i++) {
      sb.append(i == 0 ? "" : i == punctuation.length() - 1 ? " and " : ", ").append('`').append(punctuation.charAt(i))
          .append('`');
    }
    return sb.toString();
  }
}
