package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.Instructions;
import dev.dockwright.ast.KeyValue;
import dev.dockwright.ast.Token;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import java.util.List;

@RuleInfo(
    id = "DW3001",
    name = "legacy-key-value-format",
    summary = "`ENV key value` and `LABEL key value` are legacy; use `key=value`",
    severity = Severity.WARNING,
    category = Category.INSTRUCTIONS,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.SAFE,
    aliases = {"LegacyKeyValueFormat"})
public final class LegacyKeyValueFormat implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Instruction target : Instructions.withTriggers(context.ast().instructions())) {
      List<KeyValue> pairs = target instanceof Instruction.Env env ? env.pairs()
          : target instanceof Instruction.Label label ? label.pairs() : List.of();
      for (KeyValue kv : pairs) {
        if (!kv.legacyForm() || kv.value().isEmpty()) {
          continue;
        }
        String keyword = target.kind().keyword();
        Token key = kv.key();
        Token value = kv.value().get();
        String message = "`" + keyword + " " + key.text() + " <value>` is the legacy form: write `" + keyword + " "
            + key.text() + "=<value>`";
        String replacement = modernValue(value.text());
        if (replacement == null) {
          context.report(key.range(), message);
        } else {
          context.report(key.range(), message, Fix.safe("Rewrite as `" + key.text() + "=" + replacement + "`",
              new Edit(key.range().startOffset(), value.range().endOffset(), key.text() + "=" + replacement)));
        }
      }
    }
  }

  /**
   * The value in {@code key=value} form with the same meaning, or null when it cannot be rewritten
   * mechanically (it mixes quotes with unquoted blanks, or spans continuation lines).
   */
  static String modernValue(String raw) {
    if (raw.contains("\n")) {
      return null;
    }
    boolean hasBlank = raw.chars().anyMatch(c -> c == ' ' || c == '\t');
    boolean hasQuote = raw.indexOf('"') >= 0 || raw.indexOf('\'') >= 0;
    if (!hasBlank) {
      return raw;
    }
    if (hasQuote) {
      String trimmed = raw.strip();
      boolean wholeDouble = trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
          && trimmed.indexOf('"', 1) == trimmed.length() - 1;
      return wholeDouble && trimmed.equals(raw) ? raw : null;
    }
    return "\"" + raw.replace("\\", "\\\\") + "\"";
  }
}
