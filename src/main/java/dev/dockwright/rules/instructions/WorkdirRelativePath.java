package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Instruction;
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
import dev.dockwright.semantic.DockerIgnore;
import dev.dockwright.semantic.Expansion;
import dev.dockwright.semantic.Stage;
import java.util.Optional;

@RuleInfo(
    id = "DW3003",
    name = "workdir-relative-path",
    summary = "A relative WORKDIR before any absolute one depends on the base image's working directory",
    severity = Severity.ERROR,
    category = Category.INSTRUCTIONS,
    fix = FixAvailability.ALWAYS,
    fixSafety = Applicability.DISPLAY_ONLY,
    aliases = {"DL3000", "WorkdirRelativePath"})
public final class WorkdirRelativePath implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      boolean workdirSet = inheritsWorkdir(stage);
      for (Instruction.Workdir workdir : stage.instructions(Instruction.Workdir.class)) {
        if (workdir.value().isPresent()) {
          if (!workdirSet) {
            check(context, workdir, workdir.value().get());
          } else if (context.settings().hadolintCompat()) {
            checkAsHadolint(context, workdir.value().get());
          }
        }
        workdirSet = true;
      }
    }
  }

  /** Whether a parent stage (built FROM a stage of this file) already set a working directory. */
  private static boolean inheritsWorkdir(Stage stage) {
    for (Optional<Stage> p = stage.parent(); p.isPresent(); p = p.get().parent()) {
      if (!p.get().instructions(Instruction.Workdir.class).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * hadolint's DL3000 (compat: hadolint): every WORKDIR must be absolute, also after one that set the directory;
   * a value that starts with a variable counts as absolute.
   */
  private static void checkAsHadolint(RuleContext context, Token value) {
    String path = value.text().replaceAll("^[\"']|[\"']$", "");
    if (path.startsWith("/") || path.startsWith("$") || path.matches("(?s)[A-Za-z]:.*")) {
      return;
    }
    context.report(value.range(), "`WORKDIR " + value.text() + "` is relative: hadolint's DL3000 asks for an"
        + " absolute path (compat: hadolint)", Fix.displayOnly("Use an absolute path"));
  }

  private static void check(RuleContext context, Instruction.Workdir workdir, Token value) {
    Expansion e = context.model().expand(workdir, value.text());
    if (!Words.allDefined(e) || e.value().isEmpty() || Words.isAbsolutePath(e.value())) {
      return; // a variable the base image may define ($HOME), or an absolute path
    }
    String absolute = DockerIgnore.cleanPath("/" + e.value());
    String message = "`WORKDIR " + value.text() + "` is relative" + Words.resolution(value.text(), e)
        + ": it is resolved against the base image's working directory, which this Dockerfile never sets;"
        + " use an absolute path such as `" + absolute + "`";
    Fix fix = Words.hasVariables(e)
        ? Fix.displayOnly("Use an absolute path such as `" + absolute + "`")
        : Fix.displayOnly("Use `" + absolute + "`", Edit.replace(value.range(), absolute));
    context.report(value.range(), message, fix);
  }
}
