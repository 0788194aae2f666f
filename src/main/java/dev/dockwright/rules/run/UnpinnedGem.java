package dev.dockwright.rules.run;

import dev.dockwright.rule.Category;
import dev.dockwright.rule.OptionType;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.RuleOption;
import dev.dockwright.rule.Severity;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageOperation;
import dev.dockwright.shell.PackageRef;
import dev.dockwright.shell.PackageVerb;
import dev.dockwright.shell.Word;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

@RuleInfo(
    id = "DW4013",
    name = "unpinned-gem",
    summary = "`gem install` should pin versions: `gem:version` or `-v version`",
    severity = Severity.WARNING,
    category = Category.PACKAGES,
    aliases = {"DL3028"},
    options = @RuleOption(name = Pins.ALLOW_RANGES, type = OptionType.BOOLEAN, defaultValue = "false",
        summary = Pins.ALLOW_RANGES_SUMMARY))
public final class UnpinnedGem implements Rule {
  private static final Pins.Style STYLE = Pins.Style.of("NAME:<version>").hadolintPins(UnpinnedGem::hadolintPinned);

  /**
   * hadolint skips a command with {@code -v}/{@code --version}, takes the word after every option as that
   * option's value ({@code gem install --no-document rails} is not checked), and counts any {@code :} as a
   * pin ({@code rails:~>7.1} too).
   */
  private static boolean hadolintPinned(PackageOperation op, PackageRef ref) {
    return op.hasOption("-v", "--version") || Pins.written(ref).contains(":")
        || gemsHadolintReads(op.invocation().args()).stream().noneMatch(w -> w == ref.word());
  }

  /** hadolint's reading of gem's arguments: up to {@code --}, dropping each option and the word after it. */
  private static List<Word> gemsHadolintReads(List<Word> args) {
    List<Word> gems = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String text = args.get(i).literalValue().orElse(args.get(i).raw());
      if (text.equals("--")) {
        break;
      }
      if (text.startsWith("-")) {
        i++;
      } else {
        gems.add(args.get(i));
      }
    }
    return gems;
  }

  @Override
  public void check(RuleContext context) {
    Pins.check(context, RunScripts.operations(context, EnumSet.of(PackageManager.GEM),
        EnumSet.of(PackageVerb.INSTALL)), STYLE);
  }
}
