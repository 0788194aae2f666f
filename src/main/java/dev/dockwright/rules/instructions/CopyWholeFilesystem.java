package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Argument;
import dev.dockwright.ast.Flag;
import dev.dockwright.ast.Instruction;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.DockerIgnore;
import dev.dockwright.semantic.Stage;
import dev.dockwright.semantic.StageReference;
import java.util.List;
import java.util.Optional;

@RuleInfo(
    id = "DW3017",
    name = "copy-whole-filesystem",
    summary = "`COPY --from=<stage> / /` copies a whole image filesystem over this one",
    severity = Severity.WARNING,
    category = Category.STAGES,
    aliases = {"DL3067"})
public final class CopyWholeFilesystem implements Rule {
  @Override
  public void check(RuleContext context) {
    for (Instruction i : context.ast().instructions()) {
      if (!(i instanceof Instruction.Copy copy) || copy.args().size() < 2) {
        continue;
      }
      Optional<Flag> flag = copy.flag("from");
      if (flag.isEmpty() || flag.get().value().isEmpty()) {
        continue;
      }
      List<Argument> args = copy.args();
      Argument dest = args.get(args.size() - 1);
      if (!isRoot(Words.unquote(dest.value()))) {
        continue;
      }
      String from = flag.get().value().get();
      if (startsFromScratch(context, copy, from) || squashes(context, copy)) {
        continue;
      }
      for (Argument source : args.subList(0, args.size() - 1)) {
        if (isRoot(Words.unquote(source.value()))) {
          context.report(source.range(), "`COPY --from=" + from + " / /` copies the whole filesystem of `" + from
              + "` over this image (its /etc, /usr, package database ...): copy only the directories you need");
        }
      }
    }
  }

  /**
   * Whether the COPY fills a stage built {@code FROM scratch}: copying a whole root file system into an
   * empty stage is the deliberate way to squash an image's layers into one (kind's node image, many
   * systemd images), not an accident that overwrites a base.
   */
  private static boolean squashes(RuleContext context, Instruction copy) {
    return context.model().stageOf(copy).filter(s -> s.base().isScratch()).isPresent();
  }

  private static boolean isRoot(String path) {
    return !path.isEmpty() && DockerIgnore.cleanPath(path).equals("/");
  }

  /**
   * Whether {@code --from} names a stage whose chain of bases ends at {@code scratch}: its filesystem holds only
   * what this Dockerfile put there, so copying all of it is the usual way to export or assemble an image.
   */
  private static boolean startsFromScratch(RuleContext context, Instruction at, String from) {
    StageReference ref = context.model().resolveFrom(at, from, at.range());
    Optional<Stage> stage = ref.stage();
    while (stage.isPresent()) {
      if (stage.get().base().isScratch()) {
        return true;
      }
      stage = stage.get().parent();
    }
    return false;
  }
}
