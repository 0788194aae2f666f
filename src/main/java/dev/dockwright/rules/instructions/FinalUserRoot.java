package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.Token;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Expansion;
import dev.dockwright.semantic.Stage;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "DW3026",
    name = "final-user-root",
    summary = "The image's last USER is root",
    severity = Severity.WARNING,
    category = Category.SECURITY,
    aliases = {"DL3002"})
public final class FinalUserRoot implements Rule {
  @Override
  public void check(RuleContext context) {
    if (context.settings().hadolintCompat()) {
      checkAsHadolint(context);
      return;
    }
    for (Optional<Stage> s = context.model().finalStage(); s.isPresent(); s = s.get().parent()) {
      List<Instruction.User> users = s.get().instructions(Instruction.User.class);
      if (users.isEmpty()) {
        continue; // the user comes from the parent stage, if it is one of this file
      }
      Instruction.User last = users.get(users.size() - 1);
      if (last.value().isEmpty()) {
        return;
      }
      Token value = last.value().get();
      Expansion e = context.model().expand(last, value.text());
      if (e.known() && isRoot(e.value())) {
        String where = s.get() == context.model().finalStage().get() ? ""
            : " (in stage " + s.get().displayName() + ", which the final stage is built from)";
        context.report(value.range(), "the image runs as root: `USER " + value.text() + "` is the last USER" + where
            + Words.resolution(value.text(), e) + "; switch to an unprivileged user after the steps that need root");
      }
      return;
    }
  }

  /** hadolint's DL3002 (compat: hadolint): every stage whose last USER is root, as written. */
  private static void checkAsHadolint(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      List<Instruction.User> users = stage.instructions(Instruction.User.class);
      if (!users.isEmpty() && users.get(users.size() - 1).value().isPresent()) {
        Token value = users.get(users.size() - 1).value().get();
        if (isRoot(value.text())) {
          context.report(value.range(), "`USER " + value.text() + "` is the last USER of stage " + stage.displayName()
              + ": hadolint's DL3002 reports a stage that ends as root (compat: hadolint)");
        }
      }
    }
  }

  static boolean isRoot(String user) {
    String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
    return name.equals("root") || name.equals("0");
  }
}
