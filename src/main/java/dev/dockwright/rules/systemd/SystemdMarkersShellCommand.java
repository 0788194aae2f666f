package dev.dockwright.rules.systemd;

import dev.dockwright.ast.Argument;
import dev.dockwright.ast.CommandLine;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.RelatedLocation;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.semantic.ImageState;
import dev.dockwright.semantic.RunNotes;
import dev.dockwright.semantic.Stage;
import dev.dockwright.semantic.SystemdAnalyzer;
import dev.dockwright.semantic.SystemdImage;
import dev.dockwright.semantic.boot.UnitKnowledge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The image is prepared for systemd as PID 1 (STOPSIGNAL SIGRTMIN+3, masks, pruned wants, the {@code container}
 * variable, the cgroup volume) but what it runs is an interactive shell: none of that preparation takes effect.
 */
@RuleInfo(
    id = "DW2027",
    name = "systemd-markers-shell-command",
    summary = "The image is prepared for systemd as PID 1, but its command is a shell",
    severity = Severity.INFO,
    category = Category.SYSTEMD,
    fix = FixAvailability.NONE)
public final class SystemdMarkersShellCommand implements Rule {
  private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "fish");
  private static final int MAX_NAMED = 3;

  @Override
  public void check(RuleContext context) {
    List<Stage> stages = context.model().stages();
    if (stages.isEmpty()) {
      return;
    }
    Stage last = stages.get(stages.size() - 1); // the image `docker build` makes without --target
    SystemdImage image = SystemdPack.image(context, last);
    if (image.runsSystemd()) {
      return;
    }
    ImageState state = context.model().imageState(last);
    if (hasEntrypoint(state) || initGivenAtRun(context, state)) {
      return; // an ENTRYPOINT (a script of the user's) decides what runs; a run note may name init
    }
    Optional<Shell> shell = shellCommand(state);
    if (shell.isEmpty()) {
      return;
    }
    List<Marker> markers = markers(context, state);
    if (markers.isEmpty()) {
      return;
    }
    List<String> named = new ArrayList<>();
    for (Marker m : markers.subList(0, Math.min(MAX_NAMED, markers.size()))) {
      named.add(m.what() + " (line " + m.range().startLine() + ")");
    }
    String more = markers.size() > MAX_NAMED ? " and " + (markers.size() - MAX_NAMED) + " more" : "";
    String message = "the image is prepared for systemd as PID 1: " + String.join(", ", named) + more
        + "; but its command is `" + shell.get().command() + "`" + shell.get().origin()
        + ", so the container runs a shell and systemd never starts: make init the command (`CMD [\"/sbin/init\"]`),"
        + " or name it in a run note (`LABEL RUN=\"docker run ... IMAGE /sbin/init\"`)";
    SourceRange at = shell.get().range().orElse(markers.get(0).range());
    List<RelatedLocation> related = markers.stream()
        .map(m -> new RelatedLocation(m.range(), m.what())).toList();
    context.report(at, message, null, related);
  }

  private record Shell(String command, String origin, Optional<SourceRange> range) {}

  private record Marker(String what, SourceRange range) {}

  private static boolean hasEntrypoint(ImageState state) {
    for (Instruction i : state.instructions()) {
      if (i instanceof Instruction.Entrypoint e
          && !(e.command().orElse(null) instanceof CommandLine.ExecForm exec && exec.args().isEmpty())) {
        return true;
      }
    }
    return false;
  }

  /** {@code docker run ... IMAGE /sbin/init}: the run note gives init as the command. */
  private static boolean initGivenAtRun(RuleContext context, ImageState state) {
    for (RunNotes.Note note : RunNotes.of(context.model(), state.chain())) {
      for (String word : note.normalized().split("[\\s\"'\\[\\],]+")) {
        if (SystemdAnalyzer.isInitPath(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The command the image runs, when it is an interactive shell: the last CMD of the chain, else the base's. */
  private static Optional<Shell> shellCommand(ImageState state) {
    Instruction.Cmd cmd = null;
    for (Instruction i : state.instructions()) {
      if (i instanceof Instruction.Cmd c) {
        cmd = c;
      }
    }
    if (cmd != null) {
      Optional<CommandLine> line = cmd.command();
      if (line.isPresent() && line.get() instanceof CommandLine.ExecForm exec && !exec.args().isEmpty()
          && interactiveShell(exec.args().stream().map(Argument::value).toList())) {
        return Optional.of(new Shell(String.join(" ", exec.args().stream().map(Argument::value).toList()), "",
            Optional.of(exec.range())));
      }
      if (line.isPresent() && line.get() instanceof CommandLine.ShellForm sf
          && interactiveShell(List.of(sf.text().trim().split("\\s+")))) {
        return Optional.of(new Shell(sf.text().trim(), "", Optional.of(sf.range())));
      }
      return Optional.empty();
    }
    if (state.baseKind() != ImageState.BaseKind.PUBLIC_IMAGE || !state.distro().isKnown()) {
      return Optional.empty(); // scratch, a squash, a base dockwright cannot see: its command is not known
    }
    return UnitKnowledge.bundled().baseCommand(state.distro().family())
        .filter(c -> interactiveShell(List.of(c.split(" "))))
        .map(c -> new Shell(c, ", inherited from `" + state.base().name() + "`", Optional.empty()));
  }

  /** {@code bash}, {@code /bin/sh -l}: a shell with options only, not {@code sh -c "..."} or a script. */
  private static boolean interactiveShell(List<String> argv) {
    if (argv.isEmpty() || !SHELLS.contains(basename(argv.get(0)))) {
      return false;
    }
    for (String a : argv.subList(1, argv.size())) {
      boolean option = a.startsWith("--") || a.startsWith("-") && a.indexOf('c') < 0; // -c, -lc: runs a string
      if (!option) {
        return false;
      }
    }
    return true;
  }

  private static String basename(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** What in the chain says the image is meant to boot systemd, in file order. */
  private static List<Marker> markers(RuleContext context, ImageState state) {
    List<Marker> out = new ArrayList<>();
    for (Stage s : state.chain()) {
      for (SystemdImage.Evidence e : SystemdPack.image(context, s).secondary()) {
        String d = e.description();
        String what = d.startsWith("prunes ") ? "prunes `" + d.substring("prunes ".length()) + "`" : "`" + d + "`";
        e.range().ifPresent(r -> out.add(new Marker(what, r)));
      }
    }
    state.containerEnv().filter(env -> env.value().map(v -> !v.isEmpty()).orElse(false))
        .ifPresent(env -> out.add(new Marker("`ENV container=" + env.value().get() + "`", env.pair().range())));
    for (ImageState.VolumePath v : state.volumes()) {
      if (v.path().equals("/sys/fs/cgroup")) {
        out.add(new Marker("`VOLUME /sys/fs/cgroup`", v.argument().range()));
      }
    }
    out.sort((a, b) -> Integer.compare(a.range().startOffset(), b.range().startOffset()));
    return out;
  }
}
