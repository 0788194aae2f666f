package dev.dockwright.rules.instructions;

import dev.dockwright.ast.ArgDeclaration;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.Instructions;
import dev.dockwright.ast.KeyValue;
import dev.dockwright.ast.Token;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import java.util.regex.Pattern;

@RuleInfo(
    id = "DW3028",
    name = "secrets-in-arg-or-env",
    summary = "An ARG or ENV name looks like it holds a secret",
    severity = Severity.WARNING,
    category = Category.SECURITY,
    aliases = {"DL3064", "SecretsUsedInArgOrEnv"})
public final class SecretsInArgOrEnv implements Rule {
  /** BuildKit's check: one of these words as the whole name, or its first or last `_`-separated part. */
  private static final Pattern SECRET = Pattern.compile(
      "(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)");
  private static final Pattern ALLOWED = Pattern.compile("(?i)(?:_|^)(?:public|file|version)(?:_|$)");

  @Override
  public void check(RuleContext context) {
    for (Instruction i : Instructions.withTriggers(context.ast().instructions())) {
      check(context, i);
    }
  }

  private static void check(RuleContext context, Instruction i) {
    if (i instanceof Instruction.Arg arg) {
      for (ArgDeclaration d : arg.declarations()) {
        report(context, "ARG", d.name());
      }
    } else if (i instanceof Instruction.Env env) {
      for (KeyValue kv : env.pairs()) {
        report(context, "ENV", kv.key());
      }
    }
  }

  static boolean looksSecret(String name) {
    return SECRET.matcher(name).find() && !ALLOWED.matcher(name).find();
  }

  private static void report(RuleContext context, String keyword, Token name) {
    if (looksSecret(name.text())) {
      context.report(name.range(), "`" + keyword + " " + name.text() + "` looks like a secret: ARG and ENV values are"
          + " kept in the image history and metadata; pass it with `RUN --mount=type=secret,id=...` instead");
    }
  }
}
