package dev.dockwright.rules.systemd;

import dev.dockwright.rule.Rule;
import java.util.List;

/** The systemd-as-PID-1 pack (DW2xxx), in the order of the specification. */
public final class SystemdRules {
  private SystemdRules() {}

  public static List<Rule> create() {
    return List.of(
        new MissingPrivilegedNote(),
        new LeftoverSysinitWants(),
        new MissingCgroupVolume(),
        new FakesystemdInstalled(),
        new ObsoleteFakesystemdSwap(),
        new MissingStopsignal(),
        new WrongStopsignal(),
        new MissingContainerEnv(),
        new EmptyContainerEnv(),
        new ContainerEnvNotRuntime(),
        new InitShellForm(),
        new InitNotPid1(),
        new InitBinaryMissing(),
        new NonRootSystemd(),
        new SystemctlRuntimeVerbInRun(),
        new PruneAfterEnable(),
        new PruneBeforeInstall(),
        new PrunedUserSessions(),
        new BashismInPruneLoop(),
        new UnitFilesDeleted(),
        new CgroupVolumeOnCgroupV2(),
        new RuntimeDirsAsVolume(),
        new RunNoteCgroupRoOnV2(),
        new DashLookalikeInFlag(),
        new MachineIdBaked(),
        new EolCentosRepos(),
        new SystemdV1OnlyBase(),
        new SystemdMarkersShellCommand());
  }
}
