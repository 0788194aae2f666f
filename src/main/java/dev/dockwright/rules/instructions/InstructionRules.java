package dev.dockwright.rules.instructions;

import dev.dockwright.rule.Rule;
import dev.dockwright.rules.labels.LabelRules;
import java.util.ArrayList;
import java.util.List;

/** Instructions, stages, base images, labels and BuildKit build checks (DW3xxx, DW5xxx). */
public final class InstructionRules {
  private InstructionRules() {}

  public static List<Rule> create() {
    List<Rule> all = new ArrayList<>(List.of(
        new MaintainerDeprecated(),
        new LegacyKeyValueFormat(),
        new ConsistentInstructionCasing(),
        new UntaggedBaseImage(),
        new LatestTag(),
        new UntrustedRegistry(),
        new ConstantPlatformFlag(),
        new RedundantTargetPlatform(),
        new UndefinedArgInFrom(),
        new InvalidDefaultArgInFrom(),
        new CopyFromUnknownStage(),
        new CopyFromOwnStage(),
        new DuplicateStageName(),
        new ReservedStageName(),
        new StageNameCasing(),
        new FromAsCasing(),
        new CopyWholeFilesystem(),
        new InstructionBeforeFrom(),
        new InvalidOnbuildTrigger(),
        new WorkdirRelativePath(),
        new ExposePortOutOfRange(),
        new OverriddenInstruction(),
        new AddInsteadOfCopy(),
        new CopyDestinationNotDirectory(),
        new JsonArgsRecommended(),
        new EnvSelfReference(),
        new CopyRelativeDestination(),
        new MissingHealthcheck(),
        new FinalUserRoot(),
        new UserNotNumeric(),
        new SecretsInArgOrEnv(),
        new ExposeProtoCasing(),
        new ExposeInvalidFormat(),
        new UndefinedVar(),
        new CopyIgnoredFile(),
        new InvalidDefinitionDescription(),
        new InlineIgnorePragma()));
    all.addAll(LabelRules.create());
    return List.copyOf(all);
  }
}
