package dev.dockwright.rules.run;

import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.Instructions;
import dev.dockwright.rule.RuleContext;
import dev.dockwright.semantic.DockerfileModel;
import dev.dockwright.semantic.InstructionContext;
import dev.dockwright.semantic.ScriptInterpreter;
import dev.dockwright.semantic.Stage;
import dev.dockwright.shell.PackageManager;
import dev.dockwright.shell.PackageOperation;
import dev.dockwright.shell.PackageVerb;
import dev.dockwright.shell.ShellScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shell scripts RUN instructions execute, as every rule of this pack sees them: ONBUILD triggers
 * included, each RUN's command line and the heredoc bodies a shell runs, exec form included (its words are
 * literal), scripts of non-POSIX interpreters (PowerShell, cmd, a {@code #!/usr/bin/python} body) left out.
 */
final class RunScripts {
  private RunScripts() {}

  /** One script with its instruction, context and interpreter. */
  record RunScript(Instruction.Run run, ShellScript script, InstructionContext context,
      ScriptInterpreter interpreter) {

    boolean isExecForm() {
      return script.isExecForm();
    }

    /** A heredoc body rather than the instruction line. */
    boolean isHeredocBody() {
      return dev.dockwright.rules.edit.Edits.isHeredocBody(run, script);
    }
  }

  /** A package-manager command and the script it is in. */
  record Operation(RunScript where, PackageOperation op) {}

  /** Every RUN of the file in order, ONBUILD triggers (at every depth) at their position. */
  static List<Instruction.Run> runs(RuleContext context) {
    List<Instruction.Run> out = new ArrayList<>();
    for (Instruction i : Instructions.withTriggers(context.ast().instructions())) {
      if (i instanceof Instruction.Run run) {
        out.add(run);
      }
    }
    return out;
  }

  /**
   * The stages of the built image (the last stage, or the configured target, and what it is built from)
   * plus the stages it copies any of {@code cacheDirectories} from: where a package manager's cache reaches
   * the image. A build stage's cache never does.
   */
  static Set<Stage> shippedStages(RuleContext context, String... cacheDirectories) {
    return context.model().shippedStages(context.settings().buildTarget(),
        source -> Arrays.stream(cacheDirectories).anyMatch(d -> DockerfileModel.pathCovers(source, d)));
  }

  /** Whether a RUN's files reach the built image: it is in a shipped stage, or an ONBUILD trigger. */
  static boolean ships(RuleContext context, Set<Stage> shipped, Instruction.Run run) {
    Optional<Stage> stage = context.model().stageOf(run);
    return context.model().context(run).onbuildTrigger() || stage.isEmpty() || shipped.contains(stage.get());
  }

  /** The analysable scripts of one RUN. */
  static List<RunScript> of(DockerfileModel model, Instruction.Run run) {
    List<RunScript> out = new ArrayList<>();
    InstructionContext ctx = model.context(run);
    for (ShellScript script : model.scripts(run)) {
      ScriptInterpreter interpreter = model.interpreter(script);
      if (script.isExecForm() || interpreter.isPosixShell()) {
        out.add(new RunScript(run, script, ctx, interpreter));
      }
    }
    return out;
  }

  /** The analysable scripts of every RUN of the file. */
  static List<RunScript> all(RuleContext context) {
    List<RunScript> out = new ArrayList<>();
    for (Instruction.Run run : runs(context)) {
      out.addAll(of(context.model(), run));
    }
    return out;
  }

  /** Package operations of the given managers and verbs in a list of scripts, in source order. */
  static List<Operation> operations(List<RunScript> scripts, Set<PackageManager> managers, Set<PackageVerb> verbs) {
    List<Operation> out = new ArrayList<>();
    for (RunScript s : scripts) {
      for (PackageOperation op : s.script().packageOperations()) {
        if (managers.contains(op.manager()) && verbs.contains(op.verb())) {
          out.add(new Operation(s, op));
        }
      }
    }
    return out;
  }

  static List<Operation> operations(RuleContext context, Set<PackageManager> managers, Set<PackageVerb> verbs) {
    return operations(all(context), managers, verbs);
  }

  static final Set<PackageManager> APT_FAMILY = EnumSet.of(PackageManager.APT_GET, PackageManager.APT,
      PackageManager.APTITUDE);
  /** Verbs that ask for confirmation unless told not to. */
  static final Set<PackageVerb> PROMPTING = EnumSet.of(PackageVerb.INSTALL, PackageVerb.REMOVE,
      PackageVerb.UPGRADE, PackageVerb.SWAP);
  /**
   * yum, dnf and microdnf: every verb, as their operations know which of the other sub-commands ask
   * ({@code module enable}, {@code history undo}).
   */
  static final Set<PackageVerb> RPM_PROMPTING = EnumSet.allOf(PackageVerb.class);
  /** Verbs that download packages into the manager's cache. */
  static final Set<PackageVerb> DOWNLOADING = EnumSet.of(PackageVerb.INSTALL, PackageVerb.UPGRADE,
      PackageVerb.SWAP);
}
