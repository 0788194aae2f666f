package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Argument;
import dev.dockwright.ast.Instruction;
import dev.dockwright.fix.Applicability;
import dev.dockwright.fix.Edit;
import dev.dockwright.fix.Fix;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.InstructionRule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Expansion;
import java.util.List;
import java.util.Locale;

@RuleInfo(
    id = "DW3020",
    name = "add-instead-of-copy",
    summary = "ADD copies local files: use COPY",
    severity = Severity.ERROR,
    category = Category.INSTRUCTIONS,
    fix = FixAvailability.SOMETIMES,
    fixSafety = Applicability.UNSAFE,
    aliases = {"DL3020"})
public final class AddInsteadOfCopy extends InstructionRule<Instruction.Add> {
  /** hadolint's list of archive extensions ADD would unpack. */
  private static final List<String> ARCHIVES = List.of(".tar", ".z", ".bz2", ".gz", ".lz", ".lzma", ".tz", ".tb2",
      ".tbz", ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz", ".zst", ".tzst");
  /** ADD options COPY does not have. */
  private static final List<String> ADD_ONLY_FLAGS = List.of("checksum", "keep-git-dir", "unpack");

  public AddInsteadOfCopy() {
    super(Instruction.Add.class);
  }

  @Override
  protected void check(Instruction.Add add, RuleContext context) {
    List<Argument> args = add.args();
    if (args.size() < 2) {
      return;
    }
    for (Argument source : args.subList(0, args.size() - 1)) {
      Expansion e = context.model().expand(add, Words.input(source));
      if (!e.known() || needsAdd(Words.unquote(e.value()))) {
        return;
      }
    }
    String keyword = add.keyword().text();
    String copy = keyword.equals(keyword.toLowerCase(Locale.ROOT)) ? "copy" : "COPY";
    String message = "`" + keyword + "` only copies local files here: use `COPY`, which does just that (`ADD` also"
        + " downloads URLs and unpacks local archives, which readers then have to rule out)";
    boolean addOnly = add.flags().stream().anyMatch(f -> ADD_ONLY_FLAGS.contains(f.name()));
    if (addOnly) {
      context.report(add.keyword().range(), message);
    } else {
      context.report(add.keyword().range(), message,
          Fix.unsafe("Replace `" + keyword + "` with `" + copy + "`", Edit.replace(add.keyword().range(), copy)));
    }
  }

  private static boolean needsAdd(String source) {
    String s = source.toLowerCase(Locale.ROOT);
    if (s.startsWith("http://") || s.startsWith("https://") || s.startsWith("git@") || s.startsWith("git://")
        || s.startsWith("ssh://")) {
      return true;
    }
    return ARCHIVES.stream().anyMatch(s::endsWith);
  }
}
