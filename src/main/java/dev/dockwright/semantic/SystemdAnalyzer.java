package dev.dockwright.semantic;

import dev.dockwright.ast.CommandLine;
import dev.dockwright.ast.Instruction;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.RmInvocation;
import dev.dockwright.shell.RmTarget;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SystemctlInvocation;
import dev.dockwright.shell.Wrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the systemd gate of every stage (see the systemd pack specification, "The gate") and the facts
 * the pack's rules share: init path and how it is started, the base distribution, and the cgroup era.
 */
public final class SystemdAnalyzer {
  private static final Set<String> INIT_PATHS = Set.of("/sbin/init", "/usr/sbin/init", "/usr/local/sbin/init");
  private static final Set<String> INIT_WRAPPERS = Set.of("tini", "tini-static", "dumb-init", "docker-init",
      "supervisord", "catatonit", "s6-svscan", "runit", "my_init");
  /** Public images whose default command is systemd. */
  private static final List<String> KNOWN_INIT_IMAGES = List.of("centos/systemd", "jrei/systemd-",
      "ubi7/ubi-init", "ubi8/ubi-init", "ubi9/ubi-init", "ubi10/ubi-init", "ubi8-init", "ubi9-init", "ubi7-init",
      "rhel7/rhel-init", "rhel8/rhel-init", "fedora/systemd", "redhat/ubi8-init", "redhat/ubi9-init");
  private static final int FIRST_CGROUP_V2_SYSTEMD = 230;

  private final DockerfileModel model;
  private final CgroupEra.Setting setting;

  public SystemdAnalyzer(DockerfileModel model, CgroupEra.Setting setting) {
    this.model = model;
    this.setting = setting;
  }

  public static boolean isInitPath(String path) {
    if (INIT_PATHS.contains(path)) {
      return true;
    }
    int slash = path.lastIndexOf('/');
    return slash >= 0 && path.substring(slash + 1).equals("systemd");
  }

  public static boolean isKnownInitImage(ImageReference ref) {
    String path = ref.path().toLowerCase(Locale.ROOT);
    return KNOWN_INIT_IMAGES.stream().anyMatch(path::contains);
  }

  public SystemdImage analyze(Stage stage) {
    Distro distro = distroOf(stage);
    // Known means the root of the FROM chain is visible: an earlier stage built FROM an unknown image is
    // no better known than that image.
    ImageState state = model.imageState(stage);
    boolean baseKnown = distro.isKnown() || (state.baseKind() == ImageState.BaseKind.SQUASH ? state.baseVisible()
        : rootOf(stage).base().isScratch() || rootOf(stage).base().external().isPresent());
    List<SystemdImage.Evidence> secondary = secondaryEvidence(stage);
    Launch launch = launchOf(stage);
    CgroupEra era;
    String reason;
    if (setting == CgroupEra.Setting.V1 || setting == CgroupEra.Setting.V2) {
      era = setting == CgroupEra.Setting.V1 ? CgroupEra.V1 : CgroupEra.V2;
      reason = "set by configuration (systemd.cgroup: " + era.name().toLowerCase(Locale.ROOT) + ")";
    } else if (distro.systemdVersion().isPresent()) {
      int v = distro.systemdVersion().getAsInt();
      era = v < FIRST_CGROUP_V2_SYSTEMD ? CgroupEra.V1 : CgroupEra.V2;
      reason = "the base image is " + distro.displayName() + " with systemd " + v
          + (era == CgroupEra.V1 ? ", which cannot boot on a cgroup v2 host" : "");
    } else if (runNotesShowV1(stage)) {
      era = CgroupEra.V1;
      reason = "the file's run note mounts /sys/fs/cgroup read-only, the cgroup v1 recipe";
    } else {
      era = CgroupEra.V2;
      reason = distro.isKnown() ? "the base image is " + distro.displayName() + ", assumed to run on a cgroup v2 host"
          : "the base image is not one dockwright knows, so a cgroup v2 host is assumed";
    }
    return new SystemdImage(launch.runs, launch.gate, launch.initPath, launch.command, launch.wrapper,
        launch.shellForm, launch.execed, secondary, launch.inherited, distro, era, reason, baseKnown);
  }

  /** The distribution of a stage's base, following FROM chains through earlier stages. */
  public Distro distroOf(Stage stage) {
    return model.imageState(stage).distro(); // through locally built bases and squash copies
  }

  private static Stage rootOf(Stage stage) {
    Stage s = stage;
    for (int guard = 0; guard < 64 && s.parent().isPresent(); guard++) {
      s = s.parent().get();
    }
    return s;
  }

  /** tini, dumb-init, supervisord ...: a process manager that would be PID 1 instead of init. */
  public static boolean isInitWrapper(String name) {
    return INIT_WRAPPERS.contains(name);
  }

  private record Launch(boolean runs, Optional<SystemdImage.Evidence> gate, Optional<String> initPath,
      Optional<Instruction> command, Optional<String> wrapper, boolean shellForm, boolean execed,
      boolean inherited) {
    static final Launch NONE = new Launch(false, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), false, false, false);
  }

  private Launch launchOf(Stage stage) {
    Instruction entrypoint = null;
    Instruction cmd = null;
    boolean cmdSet = false;
    for (Instruction i : stage.effectiveInstructions()) {
      if (i instanceof Instruction.Entrypoint) {
        entrypoint = i;
        // BuildKit's dispatchEntrypoint: ENTRYPOINT clears the CMD only when this stage has not set one.
        if (!cmdSet) {
          cmd = null;
        }
      } else if (i instanceof Instruction.Cmd) {
        cmd = i;
        cmdSet = true;
      }
    }
    if (entrypoint == null && cmd == null) {
      return inheritedLaunch(stage);
    }
    if (entrypoint == null) {
      entrypoint = inheritedEntrypoint(stage).orElse(null);
    }
    Launch launch = launchWith(entrypoint, cmd, model.imageState(stage));
    if (launch.runs && launch.command.isPresent() && !stage.effectiveInstructions().contains(launch.command.get())) {
      return new Launch(true, launch.gate, launch.initPath, launch.command, launch.wrapper, launch.shellForm,
          launch.execed, true);
    }
    return launch;
  }

  /** The ENTRYPOINT a stage takes over from the stages it is built FROM, if one of them sets it. */
  private static Optional<Instruction> inheritedEntrypoint(Stage stage) {
    Stage s = stage;
    for (int guard = 0; guard < 64 && s.parent().isPresent(); guard++) {
      s = s.parent().get();
      Instruction last = null;
      for (Instruction i : s.effectiveInstructions()) {
        if (i instanceof Instruction.Entrypoint) {
          last = i;
        }
      }
      if (last != null) {
        return Optional.of(last);
      }
    }
    return Optional.empty();
  }

  private Launch launchWith(Instruction entrypoint, Instruction cmd, ImageState state) {
    if (entrypoint != null && isEmptyExecForm((Instruction.Entrypoint) entrypoint)) {
      entrypoint = null; // ENTRYPOINT [] clears it: CMD runs by itself
    }
    if (entrypoint == null) {
      return cmd == null ? Launch.NONE : launchFrom(cmd, false);
    }
    Launch viaEntrypoint = launchFrom(entrypoint, true);
    if (viaEntrypoint.runs) {
      return viaEntrypoint;
    }
    Optional<CommandLine> ep = ((Instruction.Entrypoint) entrypoint).command();
    if (ep.isEmpty() || !(ep.get() instanceof CommandLine.ExecForm exec)) {
      return Launch.NONE;
    }
    String known = wrapperName(exec);
    Optional<EntrypointScript> script = known != null ? Optional.empty() : state.entrypointScript();
    boolean scriptPath = known == null && state.entrypointScriptPath().isPresent();
    String name = known != null ? known : script.map(EntrypointScript::name).orElse(basename(firstArg(exec)));
    // a script that hands PID 1 on (exec "$@") is no wrapper; one that is not in the build context is taken to
    // do so when init is its own argument, as every such entrypoint does (systemd-boot.md §6.1)
    boolean handsOn = script.map(EntrypointScript::execsArguments).orElse(false);
    if (scriptPath) {
      for (var a : exec.args().subList(1, exec.args().size())) {
        if (isInitPath(a.value())) {
          boolean hands = script.map(EntrypointScript::execsArguments).orElse(true);
          String how = script.isEmpty() ? " (its script is not in the build context: assumed to end in `exec \"$@\"`)"
              : hands ? ", which ends in `exec \"$@\"`" : "";
          return new Launch(true, Optional.of(new SystemdImage.Evidence("ENTRYPOINT starts " + a.value() + " through "
              + name + how, Optional.of(entrypoint), Optional.of(a.range()))), Optional.of(a.value()),
              Optional.of(entrypoint), hands ? Optional.empty() : Optional.of(name), false, hands, false);
        }
      }
    }
    if (cmd != null) {
      Launch viaCmd = launchFrom(cmd, false);
      if (viaCmd.runs) {
        return new Launch(true, viaCmd.gate, viaCmd.initPath, viaCmd.command,
            handsOn && viaCmd.wrapper.isEmpty() ? Optional.empty() : Optional.of(viaCmd.wrapper.orElse(name)),
            viaCmd.shellForm, viaCmd.execed, false);
      }
    }
    if (script.isPresent() && script.get().execsInit().isPresent()) {
      String init = script.get().execsInit().get();
      return new Launch(true, Optional.of(new SystemdImage.Evidence("ENTRYPOINT's script " + name + " execs " + init,
          Optional.of(entrypoint), Optional.of(exec.args().get(0).range()))), Optional.of(init),
          Optional.of(entrypoint), Optional.empty(), false, true, false);
    }
    return Launch.NONE;
  }

  private static boolean isEmptyExecForm(Instruction.Entrypoint entrypoint) {
    return entrypoint.command().map(c -> c instanceof CommandLine.ExecForm e && e.args().isEmpty()).orElse(false);
  }

  private static String firstArg(CommandLine.ExecForm exec) {
    return exec.args().isEmpty() ? "" : exec.args().get(0).value();
  }

  private static String basename(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String wrapperName(CommandLine.ExecForm exec) {
    String b = basename(firstArg(exec));
    return INIT_WRAPPERS.contains(b) ? b : null;
  }

  private Launch launchFrom(Instruction instruction, boolean isEntrypoint) {
    Optional<CommandLine> command = instruction instanceof Instruction.Entrypoint e ? e.command()
        : ((Instruction.Cmd) instruction).command();
    if (command.isEmpty()) {
      return Launch.NONE;
    }
    String what = isEntrypoint ? "ENTRYPOINT" : "CMD";
    if (command.get() instanceof CommandLine.ExecForm exec) {
      if (exec.args().isEmpty()) {
        return Launch.NONE;
      }
      String first = exec.args().get(0).value();
      if (isInitPath(first)) {
        return new Launch(true, Optional.of(new SystemdImage.Evidence(what + " starts " + first,
            Optional.of(instruction), Optional.of(exec.args().get(0).range()))), Optional.of(first),
            Optional.of(instruction), Optional.empty(), false, true, false);
      }
      String wrapper = wrapperName(exec);
      if (wrapper != null) {
        for (var a : exec.args().subList(1, exec.args().size())) {
          if (isInitPath(a.value())) {
            return new Launch(true, Optional.of(new SystemdImage.Evidence(what + " starts " + a.value() + " under "
                + wrapper, Optional.of(instruction), Optional.of(a.range()))), Optional.of(a.value()),
                Optional.of(instruction), Optional.of(wrapper), false, false, false);
          }
        }
      }
    }
    // Shell form, or an exec-form shell running a script: look at what the script runs.
    List<ShellScript> scripts = model.scripts(instruction);
    if (scripts.isEmpty()) {
      return Launch.NONE;
    }
    boolean shellForm = command.get() instanceof CommandLine.ShellForm;
    for (Invocation inv : scripts.get(0).invocations()) {
      Optional<String> path = inv.commandWord().literalValue();
      if (path.isPresent() && isInitPath(path.get())) {
        boolean execed = inv.hasWrapper("exec");
        Optional<String> wrapper = wrapperKeepingInitOffPid1(inv.wrappers());
        return new Launch(true, Optional.of(new SystemdImage.Evidence(what + " starts " + path.get()
            + (shellForm ? " through a shell" : ""), Optional.of(instruction), Optional.of(inv.commandWord().range()))),
            path, Optional.of(instruction), wrapper, shellForm, execed, false);
      }
    }
    return Launch.NONE;
  }

  /**
   * The first wrapper that stays between PID 1 and init: {@code exec} replaces the shell, and so does a
   * shell ({@code sh -c}) whose script {@code exec}s the next command; anything else (tini, sudo, a shell
   * that runs init as a child) keeps init off PID 1.
   */
  private static Optional<String> wrapperKeepingInitOffPid1(List<Wrapper> wrappers) {
    for (int i = 0; i < wrappers.size(); i++) {
      String name = wrappers.get(i).name();
      boolean shellThatExecs = name.endsWith(" -c") && i + 1 < wrappers.size()
          && wrappers.get(i + 1).name().equals("exec");
      if (!name.equals("exec") && !shellThatExecs) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  private Launch inheritedLaunch(Stage stage) {
    if (stage.parent().isPresent()) {
      Launch parent = launchOf(stage.parent().get());
      if (parent.runs) {
        return new Launch(true, Optional.of(new SystemdImage.Evidence("inherits its init from stage "
            + stage.parent().get().displayName(), Optional.of(stage.from()), Optional.of(stage.base().token().range()))),
            parent.initPath, parent.command, parent.wrapper, parent.shellForm, parent.execed, true);
      }
      return Launch.NONE;
    }
    if (stage.base().external().isPresent()) {
      BaseResolver.ResolvedBase ext = stage.base().external().get();
      SystemdImage base = new SystemdAnalyzer(ext.model(), setting).analyze(ext.stage());
      if (base.runsSystemd()) {
        return new Launch(true, Optional.of(new SystemdImage.Evidence("base image " + stage.base().name()
            + " (built by " + ext.source() + ") runs " + base.initPath().orElse("systemd") + " as PID 1",
            Optional.of(stage.from()), Optional.of(stage.base().token().range()))), base.initPath(), Optional.empty(),
            base.wrapper(), base.shellForm(), base.execed(), true);
      }
      return Launch.NONE;
    }
    Optional<ImageReference> ref = stage.base().reference();
    if (ref.isPresent() && isKnownInitImage(ref.get())) {
      return new Launch(true, Optional.of(new SystemdImage.Evidence("base image " + stage.base().name()
          + " runs systemd as PID 1", Optional.of(stage.from()), Optional.of(stage.base().token().range()))),
          Optional.of("/usr/sbin/init"), Optional.empty(), Optional.empty(), false, true, true);
    }
    return Launch.NONE;
  }

  private List<SystemdImage.Evidence> secondaryEvidence(Stage stage) {
    List<SystemdImage.Evidence> out = new ArrayList<>();
    for (Instruction i : stage.effectiveInstructions()) {
      if (i instanceof Instruction.Stopsignal s && s.value().isPresent()
          && s.value().get().text().toUpperCase(Locale.ROOT).replace("SIG", "").equals("RTMIN+3")) {
        out.add(new SystemdImage.Evidence("STOPSIGNAL SIGRTMIN+3", Optional.of(i), Optional.of(s.value().get().range())));
      }
      for (ShellScript script : model.scripts(i)) {
        for (SystemctlInvocation sc : script.systemctlInvocations()) {
          if (sc.verb().equals("enable") || sc.verb().equals("mask") || sc.verb().equals("set-default")) {
            out.add(new SystemdImage.Evidence("systemctl " + sc.verb(), Optional.of(i),
                Optional.of(sc.invocation().range())));
          }
        }
        for (RmInvocation rm : script.rmTargets()) {
          for (RmTarget t : rm.targets()) {
            if (t.path().map(p -> p.contains(".wants")).orElse(false)) {
              out.add(new SystemdImage.Evidence("prunes " + t.path().get(), Optional.of(i), Optional.of(t.word().range())));
            }
          }
        }
      }
    }
    return out;
  }

  private boolean runNotesShowV1(Stage stage) {
    List<Stage> chain = new ArrayList<>();
    for (Stage s = stage; s != null && chain.size() < 64; s = s.parent().orElse(null)) {
      chain.add(0, s);
    }
    return RunNotes.of(model, chain).stream().anyMatch(RunNotes.Note::mountsCgroupReadOnly);
  }
}
