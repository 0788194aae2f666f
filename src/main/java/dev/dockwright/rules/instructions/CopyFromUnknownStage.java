package dev.dockwright.rules.instructions;

import dev.dockwright.ast.Flag;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.Expansion;
import dev.dockwright.semantic.NearNames;
import dev.dockwright.semantic.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RuleInfo(
    id = "DW3009",
    name = "copy-from-unknown-stage",
    summary = "`COPY --from` names a stage that is not defined before this one",
    severity = Severity.WARNING,
    category = Category.STAGES,
    aliases = {"DL3022"})
public final class CopyFromUnknownStage implements Rule {
  /** What BuildKit accepts as a stage name (case-insensitively): a value like this may be meant as one. */
  private static final Pattern STAGE_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

  private static final Pattern LEADING_DIGITS = Pattern.compile("[0-9]+");

  @Override
  public void check(RuleContext context) {
    List<Stage> stages = context.model().stages();
    List<String> names = stages.stream().flatMap(s -> s.name().stream()).toList();
    for (Stage stage : stages) {
      for (Instruction.Copy copy : stage.instructions(Instruction.Copy.class)) {
        Optional<Flag> flag = copy.flag("from");
        if (flag.isEmpty() || flag.get().value().isEmpty()) {
          continue;
        }
        String value = flag.get().value().get();
        SourceRange at = flag.get().valueToken().orElse(flag.get().token()).range();
        Optional<String> problem = problem(context, stage, copy, value, names);
        if (context.settings().hadolintCompat()) {
          if (hadolintFlags(stages, stage, value)) {
            context.report(at, problem.orElseGet(() -> context.model().stageByName(value)
                .map(s -> "`" + value + "` is written `" + s.nameToken().map(t -> t.text()).orElse("") + "` where the"
                    + " stage is defined: hadolint compares stage names as written (BuildKit ignores case)")
                .orElse("`" + value + "` is not a stage defined before this one: `COPY --from` should name one"
                    + " (hadolint reads a value without `:` as a stage name)")));
          }
        } else {
          problem.ifPresent(message -> context.report(at, message));
        }
      }
    }
  }

  private static Optional<String> problem(RuleContext context, Stage stage, Instruction.Copy copy, String value,
      List<String> names) {
    Expansion e = context.model().expand(copy, value);
    if (!e.references().isEmpty()) {
      String resolved = e.known() && !e.value().isEmpty() ? " (here it would be `" + e.value() + "`)" : "";
      return Optional.of("BuildKit does not expand variables in `--from`" + resolved + ", so the build fails:"
          + " declare the ARG before the first FROM and add a stage `FROM " + value + " AS <name>` to copy from");
    }
    List<Stage> stages = context.model().stages();
    if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
      int index = value.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(value);
      if (index >= stages.size()) {
        return Optional.of("there is no stage #" + value + ": this file has " + stages.size() + " stage"
            + (stages.size() == 1 ? "" : "s") + ", numbered from 0");
      } else if (index > stage.index()) {
        return Optional.of("stage #" + value + " comes after this one: `COPY --from` can only use earlier stages");
      }
      return Optional.empty();
    }
    Optional<Stage> named = context.model().stageByName(value);
    if (named.isPresent()) {
      return named.get().index() > stage.index()
          ? Optional.of("stage `" + value + "` is defined after this one: `COPY --from` can only use earlier"
              + " stages; move it above")
          : Optional.empty();
    }
    if (!STAGE_LIKE.matcher(value).matches()) {
      return Optional.empty(); // an image reference: `nginx:1.27`, `ghcr.io/org/tool`, a digest
    }
    // Any other name is an image (`--from=nginx`) or a named build context (`--build-context src=...`):
    // only one close to a stage name is taken for a typo.
    return NearNames.nearest(value.toLowerCase(Locale.ROOT), names).map(n -> "`" + value + "` is not a stage of"
        + " this file, so it is pulled as the image `" + value + "`: did you mean the stage `" + n + "`?");
  }

  /**
   * hadolint's DL3022: a value without {@code :} that is neither the alias of a stage so far (as written,
   * case and all) nor a number below the count of FROMs so far. It expands no variables.
   */
  private static boolean hadolintFlags(List<Stage> stages, Stage stage, String value) {
    String v = value.replaceAll("^[\"']+|[\"']+$", "");
    if (v.contains(":")) {
      return false;
    }
    List<Stage> soFar = stages.subList(0, stage.index() + 1);
    if (soFar.stream().anyMatch(s -> s.nameToken().map(t -> t.text().equals(value)).orElse(false))) {
      return false;
    }
    Matcher digits = LEADING_DIGITS.matcher(value);
    return !digits.lookingAt() || digits.group().length() > 9 || Integer.parseInt(digits.group()) >= soFar.size();
  }
}
