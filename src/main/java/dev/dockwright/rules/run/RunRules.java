package dev.dockwright.rules.run;

import dev.dockwright.rule.Rule;
import java.util.List;

/** RUN, shell and package-manager rules, and the ShellCheck integration (DW4xxx). */
public final class RunRules {
  private RunRules() {}

  public static List<Rule> create() {
    return List.of(
        new PointlessCommandInContainer(),
        new CdInsteadOfWorkdir(),
        new SudoInRun(),
        new UnpinnedAptPackage(),
        new AptListsNotRemoved(),
        new ArchiveExtractedAfterCopy(),
        new UnpinnedPipPackage(),
        new AptGetMissingYes(),
        new AptGetMissingNoInstallRecommends(),
        new UnpinnedNpmPackage(),
        new UnpinnedApkPackage(),
        new ApkAddMissingNoCache(),
        new AptInsteadOfAptGet(),
        new UnpinnedGem(),
        new YumMissingYes(),
        new YumCleanMissing(),
        new UnpinnedYumPackage(),
        new ZypperMissingNonInteractive(),
        new ZypperDistUpgrade(),
        new ZypperCleanMissing(),
        new UnpinnedZypperPackage(),
        new DnfMissingYes(),
        new DnfCleanMissing(),
        new UnpinnedDnfPackage(),
        new PipMissingNoCacheDir(),
        new UseraddHighUidWithoutNoLogInit(),
        new WgetWithoutProgressSetting(),
        new ConsecutiveRunInstructions(),
        new YarnCacheCleanMissing(),
        new UnpinnedGoInstall(),
        new BothWgetAndCurl(),
        new BinShReplacedByLink(),
        new PipeWithoutPipefail(),
        new ShellCheckScripts());
  }
}
