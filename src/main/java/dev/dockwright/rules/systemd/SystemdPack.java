package dev.dockwright.rules.systemd;

import dev.dockwright.ast.Comment;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.SourceText;
import dev.dockwright.fix.Edit;
import dev.dockwright.rule.Analysis;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.rule.Settings;
import dev.dockwright.rules.edit.Edits;
import dev.dockwright.semantic.CgroupEra;
import dev.dockwright.semantic.Distro;
import dev.dockwright.semantic.DockerfileModel;
import dev.dockwright.semantic.ImageState;
import dev.dockwright.semantic.Stage;
import dev.dockwright.semantic.SystemdAnalyzer;
import dev.dockwright.semantic.SystemdImage;
import dev.dockwright.semantic.SystemdUnits;
import dev.dockwright.shell.AndOrList;
import dev.dockwright.shell.Command;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.PackageVerb;
import dev.dockwright.shell.Pipeline;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SimpleCommand;
import dev.dockwright.shell.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules of the systemd pack share: the gate, the era wording, where fixes insert lines, and
 * de-duplication of findings on instructions that several stages inherit. Not a rule.
 */
final class SystemdPack {
  private SystemdPack() {}

  /** A stage that runs systemd as PID 1, with its systemd facts and effective state. */
  record Target(Stage stage, SystemdImage image, ImageState state) {
    /** Where "missing" findings point: the init argument of the CMD/ENTRYPOINT, or the FROM image. */
    SourceRange anchor() {
      return image.gate().flatMap(SystemdImage.Evidence::range).orElse(stage.base().token().range());
    }
  }

  /** The shell invocation that starts init, when init is started through a shell (shell form or sh -c). */
  static Optional<Invocation> initInvocation(RuleContext context, SystemdImage image) {
    if (image.initCommand().isEmpty() || image.gate().flatMap(SystemdImage.Evidence::range).isEmpty()) {
      return Optional.empty();
    }
    SourceRange at = image.gate().get().range().get();
    for (ShellScript script : context.model().scripts(image.initCommand().get())) {
      for (Invocation inv : script.invocations()) {
        if (inv.commandWord().range().equals(at) && inv.nestedScript().isEmpty()) {
          return Optional.of(inv);
        }
      }
    }
    return Optional.empty();
  }

  /** Every stage of the file that passes the gate (runs systemd as PID 1). */
  static List<Target> targets(RuleContext context) {
    List<Target> out = new ArrayList<>();
    for (Stage s : context.model().stages()) {
      SystemdImage image = image(context, s);
      if (image.runsSystemd()) {
        out.add(new Target(s, image, context.model().imageState(s)));
      }
    }
    return out;
  }

  /**
   * Targets that answer for their inherited state: a stage built FROM another systemd stage of this file
   * is left to that stage, which is reported (and fixed) once for both.
   */
  static List<Target> roots(RuleContext context) {
    return targets(context).stream().filter(t -> t.stage().parent()
        .map(p -> !image(context, p).runsSystemd()).orElse(true)).toList();
  }

  /** "(assumed cgroup v2 because ...; set ... to change)" or "(cgroup v2, as configured ...)". */
  static String eraNote(RuleContext context, SystemdImage image) {
    return "(" + eraClause(context, image) + ")";
  }

  /** The era note without its parentheses, for a message that has its own. */
  static String eraClause(RuleContext context, SystemdImage image) {
    if (context.settings().systemdCgroup() != CgroupEra.Setting.AUTO) {
      return image.era().label() + " as set by `systemd.cgroup`";
    }
    return "assumed " + image.era().label() + " because " + image.eraReason()
        + "; set `systemd.cgroup` or `--systemd-cgroup` to change";
  }

  /** The era is only the default for a base dockwright cannot see: findings that rest on it are uncertain. */
  static boolean eraGuessed(RuleContext context, Target t) {
    return context.settings().systemdCgroup() == CgroupEra.Setting.AUTO && !t.state().baseVisible()
        && t.image().era() == CgroupEra.V2;
  }

  /** Reports each range once per rule run, however many stages reach the same instruction. */
  static final class Once {
    private final Set<Long> seen = new HashSet<>();

    boolean first(SourceRange range) {
      return seen.add(((long) range.startOffset() << 32) | range.endOffset());
    }
  }

  /**
   * The systemd facts of every stage of a file, analysed on first use and shared by the pack's rules
   * (a per-file {@link Analysis}).
   */
  static final class Images {
    private final SystemdAnalyzer analyzer;
    private final Map<Stage, SystemdImage> byStage = new IdentityHashMap<>();

    private Images(DockerfileModel model, Settings settings) {
      this.analyzer = new SystemdAnalyzer(model, settings.systemdCgroup());
    }

    synchronized SystemdImage of(Stage stage) {
      return byStage.computeIfAbsent(stage, analyzer::analyze);
    }
  }

  private static final Analysis<Images> IMAGES = Images::new;

  /** The systemd facts of a stage: what it runs as PID 1, its era, its cgroup setup. */
  static SystemdImage image(RuleContext context, Stage stage) {
    return context.analysis(IMAGES).of(stage);
  }

  /** CentOS Linux 8 and Stream 8 are the last releases whose mirrors were retired. */
  private static final int LAST_EOL_CENTOS = 8;

  /**
   * Whether the image is an end-of-life CentOS whose repositories still point at the retired mirrors, so
   * that every yum or dnf command that needs the network fails (eol-centos-repos).
   */
  static boolean eolCentosMirrors(ImageState state) {
    Distro d = state.distro();
    return d.family() == Distro.Family.CENTOS && d.major().isPresent() && d.major().getAsInt() <= LAST_EOL_CENTOS
        && !state.pointsReposAtVault();
  }

  /**
   * The systemd stub the base ships in place of systemd ({@code fakesystemd}, {@code systemd-container})
   * when the file neither swaps nor removes it: fakesystemd-installed's finding, whose fix comes first.
   */
  static Optional<String> unswappedStub(ImageState state) {
    Optional<String> stub = state.systemdStub();
    if (stub.isEmpty()) {
      return stub;
    }
    boolean removed = state.operations().stream().anyMatch(o -> o instanceof SystemdUnits.PackageChange pc
        && (pc.operation().verb() == PackageVerb.SWAP && pc.operation().removedPackages().stream()
            .anyMatch(r -> r.name().equals(stub.get()))
            || pc.operation().verb() == PackageVerb.REMOVE && pc.operation().packages().stream()
            .anyMatch(r -> r.name().equals(stub.get()))));
    return removed ? Optional.empty() : stub;
  }

  // ------------------------------------------------------------------------------------ insertion points

  /**
   * Inserts whole lines before the stage's init CMD/ENTRYPOINT (above the comments directly over it, so a
   * pragma or comment stays with its instruction), or after the stage's last instruction when init comes
   * from the base.
   */
  static Edit insertBeforeInit(RuleContext context, Target t, String lines) {
    Optional<Instruction> init = t.image().initCommand().filter(i -> t.stage().instructions().contains(i));
    if (init.isPresent()) {
      return Edits.insertAbove(context, init.get(), lines);
    }
    return insertAtEnd(context, t.stage(), lines);
  }

  /** Inserts lines right after the stage's FROM. */
  static Edit insertAfterFrom(RuleContext context, Stage stage, String lines) {
    return insertAfter(context, stage.from(), lines);
  }

  /** Whether a RUN added at the end of the stage runs with a POSIX shell (so the pack's RUN fixes apply). */
  static boolean posixShellAtEnd(RuleContext context, Target t) {
    List<Instruction> own = t.stage().instructions();
    Instruction last = own.isEmpty() ? t.stage().from() : own.get(own.size() - 1);
    return context.model().context(last).posixShell();
  }

  /**
   * Runs a command after the stage's last RUN (the last build step), joined into it where that is safe
   * ({@link Edits#runAfter}), or in a RUN before init when the stage has none.
   */
  static Edit runAfterLastRun(RuleContext context, Target t, String command) {
    Instruction.Run last = null;
    for (Instruction i : t.stage().instructions()) {
      if (i instanceof Instruction.Run run) {
        last = run;
      }
    }
    if (last == null) {
      return insertBeforeInit(context, t, "RUN " + command);
    }
    return Edits.runAfter(context, last, command);
  }

  private static Edit insertAtEnd(RuleContext context, Stage stage, String lines) {
    List<Instruction> own = stage.instructions();
    Instruction last = own.isEmpty() ? stage.from() : own.get(own.size() - 1);
    return insertAfter(context, last, lines);
  }

  private static Edit insertAfter(RuleContext context, Instruction instruction, String lines) {
    return Edits.insertAfter(context, instruction, lines);
  }

  /** Deletes an instruction with its line break (the whole lines it spans). */
  static Edit deleteInstruction(RuleContext context, Instruction instruction) {
    return Edits.deleteInstruction(context, instruction);
  }

  /**
   * Removes one element of a list written on one logical line ({@code VOLUME ["/a", "/b"]},
   * {@code VOLUME /a /b}): the element and the separator after it, or before it for the last one.
   */
  static Edit removeListElement(List<SourceRange> elements, int index) {
    SourceRange r = elements.get(index);
    if (index + 1 < elements.size()) {
      return new Edit(r.startOffset(), elements.get(index + 1).startOffset(), "");
    }
    return new Edit(elements.get(index - 1).endOffset(), r.endOffset(), "");
  }

  /**
   * Deletes one command of a RUN's shell-form script: the whole RUN when it is the only command, else the
   * command with the {@code ;} or {@code &&} that joins it to its neighbour. Empty when the command sits
   * anywhere else (a pipeline, a loop, a nested {@code sh -c}).
   */
  static Optional<Edit> deleteCommand(RuleContext context, Instruction run, SimpleCommand command) {
    List<ShellScript> scripts = context.model().scripts(run);
    if (scripts.isEmpty() || scripts.get(0).isExecForm() || !(run instanceof Instruction.Run r)
        || !r.heredocs().isEmpty()) {
      return Optional.empty();
    }
    List<Statement> statements = scripts.get(0).statements();
    for (int i = 0; i < statements.size(); i++) {
      Command c = unwrap(statements.get(i).command());
      if (c == command) {
        if (statements.size() == 1) {
          return Optional.of(deleteInstruction(context, run));
        }
        if (i + 1 < statements.size()) {
          return Optional.of(new Edit(command.range().startOffset(), statements.get(i + 1).range().startOffset(), ""));
        }
        return Optional.of(new Edit(statements.get(i - 1).command().range().endOffset(), command.range().endOffset(),
            ""));
      }
      if (c instanceof AndOrList list) {
        for (int k = 0; k < list.commands().size(); k++) {
          if (unwrap(list.commands().get(k)) != command) {
            continue;
          }
          if (k + 1 < list.commands().size() && list.operators().get(k).text().equals("&&")) {
            return Optional.of(new Edit(command.range().startOffset(),
                list.commands().get(k + 1).range().startOffset(), ""));
          }
          if (k > 0 && list.operators().get(k - 1).text().equals("&&") && k + 1 == list.commands().size()) {
            return Optional.of(new Edit(list.commands().get(k - 1).range().endOffset(), command.range().endOffset(),
                ""));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Command unwrap(Command c) {
    return c instanceof Pipeline p && p.commands().size() == 1 && !p.negated() ? p.commands().get(0) : c;
  }

  /** Replaces a path word, keeping the JSON quotes of an exec-form argument. */
  static Edit replacePath(RuleContext context, SourceRange word, String path) {
    String text = context.source().slice(word);
    boolean quoted = text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"");
    return Edit.replace(word, quoted ? "\"" + path + "\"" : path);
  }

  /**
   * Removes one path of a VOLUME: the whole instruction when it is the only one, else the path and its
   * separator. Empty when the VOLUME is not one of the stage chain's own instructions (an ONBUILD trigger).
   */
  static Optional<Edit> removeVolumePath(RuleContext context, Target t, ImageState.VolumePath v) {
    boolean own = t.state().chain().stream().anyMatch(s -> s.instructions().contains(v.instruction()));
    if (!own) {
      return Optional.empty();
    }
    List<SourceRange> paths = v.instruction().paths().stream().map(a -> a.range()).toList();
    if (paths.size() == 1) {
      return Optional.of(deleteInstruction(context, v.instruction()));
    }
    return Optional.of(removeListElement(paths, paths.indexOf(v.argument().range())));
  }

  /** Lines of one instruction joined with the file's continuation character. */
  static String continued(RuleContext context, List<String> lines) {
    return String.join(" " + context.ast().escape() + "\n    ", lines);
  }

  /** Wraps words into lines of at most {@code width} characters. */
  static List<String> wrap(String first, List<String> words, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    for (String w : words) {
      if (line.length() + 1 + w.length() > width && line.length() > first.length()) {
        lines.add(line.toString());
        line = new StringBuilder(w);
      } else {
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(w);
      }
    }
    lines.add(line.toString());
    return lines;
  }
}
