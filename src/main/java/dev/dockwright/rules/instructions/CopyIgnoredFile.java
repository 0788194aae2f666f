package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Argument;
import dev.dockwright.ast.Instruction;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.DockerIgnore;
import dev.dockwright.semantic.Expansion;
import dev.dockwright.semantic.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@RuleInfo(
    id = "DW3032",
    name = "copy-ignored-file",
    summary = "COPY or ADD names a path that `.dockerignore` excludes from the build context",
    severity = Severity.WARNING,
    category = Category.INSTRUCTIONS,
    aliases = {"CopyIgnoredFile"})
public final class CopyIgnoredFile implements Rule {
  @Override
  public void check(RuleContext context) {
    Optional<DockerIgnore> ignore = context.settings().dockerignore();
    // As BuildKit: with `!` exceptions, what a source copies cannot be told from the patterns alone
    // (`COPY *.json` under `*` and `!package.json` copies package.json), so the check is off.
    if (ignore.isEmpty() || ignore.get().error().isPresent() || ignore.get().patterns().isEmpty()
        || ignore.get().hasExclusions()) {
      return;
    }
    for (Stage stage : context.model().stages()) {
      for (Instruction i : stage.instructions()) {
        if (i instanceof Instruction.Copy copy && copy.flag("from").isEmpty()) {
          check(context, ignore.get(), i, copy.args());
        } else if (i instanceof Instruction.Add add) {
          check(context, ignore.get(), i, add.args());
        }
      }
    }
  }

  private static void check(RuleContext context, DockerIgnore ignore, Instruction i, List<Argument> args) {
    if (args.size() < 2) {
      return;
    }
    for (Argument source : args.subList(0, args.size() - 1)) {
      if (source.value().startsWith("<<")) {
        continue;
      }
      Expansion e = context.model().expand(i, Words.input(source));
      if (!e.known() || isRemote(e.value())) {
        continue;
      }
      String path = contextPath(e.value());
      if (path.equals(".") && !ignore.excludesWholeContext()) {
        continue;
      }
      Optional<DockerIgnore.IgnorePattern> cause = ignore.exclusionCause(path);
      if (cause.isEmpty()) {
        continue;
      }
      context.report(source.range(), "`" + path + "` is excluded from the build context by `" + cause.get().text()
          + "` in `" + ignore.origin() + "`" + Words.resolution(Words.input(source), e) + ", so `"
          + i.keyword().text() + "` cannot see it: remove the pattern or add `!" + path + "` after it");
    }
  }

  /** The source as a path from the context root, as the ignore patterns see it. */
  static String contextPath(String source) {
    String clean = DockerIgnore.cleanPath(source.replace('\\', '/'));
    while (clean.startsWith("/")) {
      clean = clean.substring(1);
    }
    return clean.isEmpty() ? "." : clean;
  }

  private static boolean isRemote(String source) {
    String s = source.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("git@") || s.startsWith("git://")
        || s.startsWith("ssh://");
  }
}
