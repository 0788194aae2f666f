package dev.dockwright.rules.run;

import dev.dockwright.ast.Argument;
import dev.dockwright.ast.Instruction;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.RelatedLocation;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Stage;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Option;
import dev.dockwright.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
    id = "DW4005",
    name = "archive-extracted-after-copy",
    summary = "A tar archive copied with `COPY` and then extracted in a `RUN`; `ADD` extracts it in one step",
    severity = Severity.INFO,
    category = Category.INSTRUCTIONS,
    aliases = {"DL3010"})
public final class ArchiveExtractedAfterCopy implements Rule {
  /** What {@code ADD} extracts: tar, uncompressed or gzip/bzip2/xz compressed. */
  private static final List<String> TAR_SUFFIXES = List.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz",
      ".tar.xz", ".txz");
  private static final Set<String> DECOMPRESSORS = Set.of("gunzip", "zcat", "gzcat", "bunzip2", "bzcat", "unxz",
      "xzcat");

  private record Copied(Argument argument, String basename) {}

  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      List<Copied> copied = new ArrayList<>();
      for (Instruction i : stage.instructions()) {
        if (i instanceof Instruction.Copy copy && copy.flag("from").isEmpty() && copy.args().size() >= 2) {
          remember(copy, copied);
        } else if (i instanceof Instruction.Run run && !copied.isEmpty()) {
          for (RunScripts.RunScript s : RunScripts.of(context.model(), run)) {
            for (Invocation inv : s.script().invocations()) {
              for (Copied c : List.copyOf(copied)) {
                if (extracts(inv, c.basename())) {
                  copied.remove(c);
                  context.report(c.argument().range(), "`" + c.argument().value() + "` is copied, then extracted "
                      + "by `" + inv.name() + "` on line " + inv.range().startLine() + ": `ADD` extracts a local tar "
                      + "archive in one step and one layer", null,
                      List.of(new RelatedLocation(inv.range(), "extracted here")));
                }
              }
            }
          }
        }
      }
    }
  }

  private static void remember(Instruction.Copy copy, List<Copied> out) {
    List<Argument> args = copy.args();
    Argument dest = args.get(args.size() - 1);
    if (isTar(dest.value())) {
      out.add(new Copied(dest, basename(dest.value())));
      return;
    }
    for (Argument src : args.subList(0, args.size() - 1)) {
      if (isTar(src.value())) {
        out.add(new Copied(src, basename(src.value())));
      }
    }
  }

  private static boolean extracts(Invocation inv, String archive) {
    if (inv.name().equals("tar")) {
      Optional<String> bundle = inv.positionalValue(0).filter(v -> v.matches("[A-Za-z]+"));
      boolean oldStyle = bundle.isPresent() && bundle.get().indexOf('x') >= 0;
      if (!oldStyle && !inv.hasOption("-x", "--extract", "--get")) {
        return false;
      }
      for (Option o : inv.options()) {
        if (o.is("-f", "--file") && o.value().map(v -> basename(v).equals(archive)).orElse(false)) {
          return true;
        }
      }
      return names(inv.positionals(), archive);
    }
    return DECOMPRESSORS.contains(inv.name()) && names(inv.positionals(), archive);
  }

  private static boolean names(List<Word> words, String archive) {
    return words.stream().anyMatch(w -> w.literalValue().map(v -> basename(v).equals(archive)).orElse(false));
  }

  private static boolean isTar(String path) {
    return TAR_SUFFIXES.stream().anyMatch(path::endsWith);
  }

  private static String basename(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
