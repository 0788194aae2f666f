package dev.dockwright.semantic;

import dev.dockwright.ast.CommandLine;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.shell.AndOrList;
import dev.dockwright.shell.Assignment;
import dev.dockwright.shell.BraceGroup;
import dev.dockwright.shell.CaseCommand;
import dev.dockwright.shell.Command;
import dev.dockwright.shell.ForCommand;
import dev.dockwright.shell.IfCommand;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.PackageOperation;
import dev.dockwright.shell.Pipeline;
import dev.dockwright.shell.Redirection;
import dev.dockwright.shell.RmInvocation;
import dev.dockwright.shell.RmTarget;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SimpleCommand;
import dev.dockwright.shell.Statement;
import dev.dockwright.shell.Subshell;
import dev.dockwright.shell.SystemctlInvocation;
import dev.dockwright.shell.WhileCommand;
import dev.dockwright.shell.Word;
import dev.dockwright.shell.WordPart;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the RUN instructions of a systemd image do to its units, in build order: removing links from
 * {@code .wants} directories (by {@code rm}, the classic {@code for i in *} loop, or {@code find ... -delete}),
 * masking and enabling units, deleting unit files, installing packages, and writing or clearing
 * {@code /etc/machine-id}. The working directory is followed through {@code cd} (and WORKDIR), so the
 * relative {@code rm -f $i} of the classic loop is known to empty {@code sysinit.target.wants}.
 */
public final class SystemdUnits {
  /** The unit directory; {@code /usr/lib/systemd/system} is the same place (EL7 and merged-/usr systems). */
  public static final String UNIT_DIR = "/lib/systemd/system";
  public static final String ADMIN_UNIT_DIR = "/etc/systemd/system";
  public static final String MACHINE_ID = "/etc/machine-id";

  private static final Set<String> UNIT_SUFFIXES = Set.of("service", "socket", "target", "timer", "mount",
      "automount", "path", "slice", "scope", "swap", "device");

  private SystemdUnits() {}

  /** One thing a RUN does that the systemd rules care about. */
  public sealed interface Operation
      permits Prune, Mask, Enable, UnitVerb, PackageChange, UnitFileDeletion, MachineIdWrite, MachineIdClear,
          ContainerVariable {
    Instruction instruction();

    /** Where to report it: the rm operand, the unit word, the package command ... */
    SourceRange range();
  }

  /** How links were removed. */
  public enum PruneKind { RM, LOOP, FIND }

  /**
   * Links removed from {@code .wants} directories.
   *
   * @param directory the canonical directory, possibly a glob ({@code /etc/systemd/system/*.wants})
   * @param pattern the file-name glob removed ({@code *}, {@code *udev*})
   * @param kept file-name globs the removal spares (the unit the loop's test keeps, find's {@code -not -name})
   * @param equality the {@code ==} of a loop's {@code [ $i == unit ]} test, which only bash understands
   * @param shell the shell running the removal ({@code sh}, {@code bash} ...)
   * @param target the word that names what is removed: the rm operand, the loop's {@code $i}, find's root
   */
  public record Prune(String directory, String pattern, List<String> kept, Optional<Word> equality, String shell,
      PruneKind kind, Word target, Optional<Invocation> command, Instruction instruction) implements Operation {
    public Prune {
      kept = List.copyOf(kept);
    }

    @Override
    public SourceRange range() {
      return target.range();
    }

    /** True when this removes every link matching {@code namePattern} in {@code dir} (kept units aside). */
    public boolean covers(String dir, String namePattern) {
      return Globs.matches(directory, dir) && (pattern.equals("*") || pattern.equals(namePattern));
    }

    /** True when this removes the link of {@code unit} in {@code dir} (its test keeping it aside). */
    public boolean removes(String dir, String unit) {
      return Globs.matches(directory, dir) && Globs.matches(pattern, unit) && !keeps(unit);
    }

    public boolean keeps(String unit) {
      return kept.stream().anyMatch(k -> Globs.matches(k, unit));
    }
  }

  /** {@code systemctl mask unit}. */
  public record Mask(String unit, Word word, Instruction instruction) implements Operation {
    @Override
    public SourceRange range() {
      return word.range();
    }
  }

  /** {@code systemctl enable unit} (also {@code reenable}). */
  public record Enable(String unit, Word word, SystemctlInvocation systemctl, Instruction instruction)
      implements Operation {
    @Override
    public SourceRange range() {
      return word.range();
    }
  }

  /**
   * The other {@code systemctl} verbs that change what boots: {@code disable}, {@code unmask}, {@code preset}
   * (a unit, or every unit for {@code preset-all}: {@code unit} empty) and {@code set-default}.
   */
  public record UnitVerb(String verb, String unit, SourceRange range, Instruction instruction) implements Operation {}

  /** A package-manager command (install, upgrade, swap, remove ...). */
  public record PackageChange(PackageOperation operation, Instruction instruction) implements Operation {
    @Override
    public SourceRange range() {
      return operation.range();
    }
  }

  /** {@code rm} of a unit file itself ({@code /lib/systemd/system/x.service}), not of a wants link. */
  public record UnitFileDeletion(String path, RmTarget target, RmInvocation rm, Instruction instruction)
      implements Operation {
    @Override
    public SourceRange range() {
      return target.word().range();
    }

    public String unitName() {
      return path.substring(path.lastIndexOf('/') + 1);
    }
  }

  /** {@code systemd-machine-id-setup}, {@code dbus-uuidgen --ensure}, {@code dbus-uuidgen > /etc/machine-id}. */
  public record MachineIdWrite(Invocation invocation, Instruction instruction) implements Operation {
    @Override
    public SourceRange range() {
      return invocation.commandWord().range();
    }
  }

  /** Emptying or removing {@code /etc/machine-id} ({@code : > /etc/machine-id}, {@code truncate -s 0}, rm). */
  public record MachineIdClear(SourceRange range, Instruction instruction) implements Operation {}

  /** {@code export container=...} or {@code container=...} in a script: gone when the RUN ends. */
  public record ContainerVariable(SourceRange range, Instruction instruction) implements Operation {}

  // ------------------------------------------------------------------------------------ extraction

  /** The operations of one RUN (or of a RUN under ONBUILD), in source order. */
  public static List<Operation> of(DockerfileModel model, Instruction run) {
    if (!(run instanceof Instruction.Run r)) {
      return List.of();
    }
    InstructionContext ctx = model.context(run);
    boolean execForm = r.command().map(c -> c instanceof CommandLine.ExecForm).orElse(false);
    if (!execForm && !ctx.posixShell()) {
      return List.of();
    }
    String defaultShell = basename(ctx.shell().isEmpty() ? "sh" : ctx.shell().get(0));
    Optional<String> cwd = ctx.workdir();
    List<Operation> out = new ArrayList<>();
    List<ShellScript> scripts = model.scripts(run);
    for (int i = 0; i < scripts.size(); i++) {
      ShellScript script = scripts.get(i);
      String shell = i == 0 ? defaultShell : heredocShell(scripts.get(0), defaultShell);
      new Walker(script, run, out).statements(script.statements(), cwd, execForm && i == 0 ? "" : shell);
    }
    out.sort(Comparator.comparingInt(o -> o.range().startOffset()));
    return List.copyOf(out);
  }

  /** {@code RUN <<EOF bash} runs the body with bash; {@code RUN <<EOF} with the SHELL. */
  private static String heredocShell(ShellScript line, String defaultShell) {
    List<Invocation> invocations = line.invocations();
    if (invocations.size() == 1 && dev.dockwright.shell.Shells.isPosix(invocations.get(0).name())) {
      return invocations.get(0).name();
    }
    return defaultShell;
  }

  /** A unit name as systemctl reads it: {@code nginx} is {@code nginx.service}. */
  public static String unitName(String name) {
    return hasUnitSuffix(name) ? name : name + ".service";
  }

  /** {@code /usr/lib/systemd/x/} is {@code /lib/systemd/x}: one spelling for comparisons. */
  public static String canonicalPath(String path) {
    String p = path.replaceAll("/{2,}", "/");
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.startsWith("/usr/lib/systemd/")) {
      p = p.substring("/usr".length());
    }
    return p;
  }

  private static boolean hasUnitSuffix(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 && UNIT_SUFFIXES.contains(name.substring(dot + 1));
  }

  private static boolean isWantsDirectory(String canonicalDir) {
    String last = canonicalDir.substring(canonicalDir.lastIndexOf('/') + 1);
    return last.endsWith(".wants") || last.endsWith(".requires");
  }

  private static String basename(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static Optional<String> resolve(String path, Optional<String> cwd) {
    if (path.startsWith("/")) {
      return Optional.of(path);
    }
    return cwd.map(d -> d.endsWith("/") ? d + path : d + "/" + path);
  }

  /** Walks one script in execution order, following the working directory. */
  private static final class Walker {
    private final ShellScript script;
    private final Instruction instruction;
    private final List<Operation> out;
    private final Map<SimpleCommand, Invocation> invocations = new IdentityHashMap<>();
    private final Map<Invocation, RmInvocation> rms = new IdentityHashMap<>();
    private final Map<Invocation, SystemctlInvocation> systemctls = new IdentityHashMap<>();
    private final Map<Invocation, PackageOperation> packages = new IdentityHashMap<>();

    Walker(ShellScript script, Instruction instruction, List<Operation> out) {
      this.script = script;
      this.instruction = instruction;
      this.out = out;
      for (Invocation inv : script.invocations()) {
        invocations.putIfAbsent(inv.command(), inv);
      }
      script.rmTargets().forEach(rm -> rms.put(rm.invocation(), rm));
      script.systemctlInvocations().forEach(s -> systemctls.put(s.invocation(), s));
      script.packageOperations().forEach(p -> packages.put(p.invocation(), p));
    }

    Optional<String> statements(List<Statement> statements, Optional<String> cwd, String shell) {
      Optional<String> dir = cwd;
      for (Statement s : statements) {
        dir = command(s.command(), dir, shell);
      }
      return dir;
    }

    private Optional<String> command(Command command, Optional<String> cwd, String shell) {
      if (command instanceof SimpleCommand simple) {
        return simple(simple, cwd, shell);
      } else if (command instanceof AndOrList list) {
        Optional<String> dir = cwd;
        for (Command c : list.commands()) {
          dir = command(c, dir, shell);
        }
        return dir;
      } else if (command instanceof Pipeline p) {
        if (p.commands().size() == 1) {
          return command(p.commands().get(0), cwd, shell);
        }
        p.commands().forEach(c -> command(c, cwd, shell));
      } else if (command instanceof Subshell sub) {
        statements(sub.body(), cwd, shell);
      } else if (command instanceof BraceGroup group) {
        return statements(group.body(), cwd, shell);
      } else if (command instanceof IfCommand ifc) {
        for (IfCommand.Branch b : ifc.branches()) {
          statements(b.condition(), cwd, shell);
          statements(b.body(), cwd, shell);
        }
        statements(ifc.elseBody(), cwd, shell);
      } else if (command instanceof ForCommand loop) {
        pruneLoop(loop, cwd, shell);
        statements(loop.body(), cwd, shell);
      } else if (command instanceof WhileCommand loop) {
        statements(loop.condition(), cwd, shell);
        statements(loop.body(), cwd, shell);
      } else if (command instanceof CaseCommand cc) {
        for (CaseCommand.Item item : cc.items()) {
          statements(item.body(), cwd, shell);
        }
      }
      return cwd;
    }

    private Optional<String> simple(SimpleCommand simple, Optional<String> cwd, String shell) {
      Invocation inv = invocations.get(simple);
      machineIdRedirections(simple, inv);
      if (inv == null) {
        containerAssignments(simple);
        return cwd;
      }
      PackageOperation pkg = packages.get(inv);
      if (pkg != null) {
        out.add(new PackageChange(pkg, instruction));
      }
      switch (inv.name()) {
        case "cd" -> {
          Optional<String> target = inv.positionalValue(0);
          if (inv.positionals().size() != 1 || target.isEmpty() || target.get().equals("-")) {
            return Optional.empty();
          }
          return resolve(target.get(), cwd);
        }
        case "rm" -> rm(rms.get(inv), cwd);
        case "systemctl" -> systemctl(systemctls.get(inv));
        case "systemd-machine-id-setup" -> out.add(new MachineIdWrite(inv, instruction));
        case "dbus-uuidgen" -> {
          if (inv.args().stream().anyMatch(w -> w.literalValue().map(v -> v.startsWith("--ensure")).orElse(false))) {
            out.add(new MachineIdWrite(inv, instruction));
          }
        }
        case "truncate" -> {
          boolean zero = inv.args().stream().anyMatch(w -> w.literalValue()
              .map(v -> v.equals("-s0") || v.equals("--size=0")).orElse(false))
              || containsPair(inv.args(), "-s", "0") || containsPair(inv.args(), "--size", "0");
          if (zero && inv.args().stream().anyMatch(w -> w.isLiteral(MACHINE_ID))) {
            out.add(new MachineIdClear(inv.range(), instruction));
          }
        }
        case "cp" -> {
          if (inv.positionals().size() == 2 && inv.positionals().get(0).isLiteral("/dev/null")
              && inv.positionals().get(1).isLiteral(MACHINE_ID)) {
            out.add(new MachineIdClear(inv.range(), instruction));
          }
        }
        case "export", "declare", "typeset" -> {
          for (Word w : inv.positionals()) {
            if (w.literalValue().map(v -> v.equals("container") || v.startsWith("container=")).orElse(
                w.raw().startsWith("container="))) {
              out.add(new ContainerVariable(w.range(), instruction));
            }
          }
        }
        case "find" -> find(inv, cwd, shell);
        default -> { }
      }
      if (inv.nestedScript().isPresent() && dev.dockwright.shell.Shells.isPosix(inv.name())) {
        // The nested script's commands are invocations of this script too; walk it to follow its cd.
        statements(inv.nestedScript().get().statements(), cwd, inv.name());
      }
      return cwd;
    }

    private static boolean containsPair(List<Word> words, String flag, String value) {
      for (int i = 0; i + 1 < words.size(); i++) {
        if (words.get(i).isLiteral(flag) && words.get(i + 1).isLiteral(value)) {
          return true;
        }
      }
      return false;
    }

    private void containerAssignments(SimpleCommand simple) {
      if (!simple.words().isEmpty()) {
        return; // FOO=x cmd: only cmd sees it, and it is not PID 1 either, but that is not a mistaken ENV
      }
      for (Assignment a : simple.assignments()) {
        if (a.name().equals("container")) {
          out.add(new ContainerVariable(a.range(), instruction));
        }
      }
    }

    private void machineIdRedirections(SimpleCommand simple, Invocation inv) {
      for (Redirection r : simple.redirections()) {
        boolean truncates = r.operator().equals(">") || r.operator().equals(">|");
        if (!truncates || !r.target().isLiteral(MACHINE_ID) || r.fileDescriptor() != null
            && !r.fileDescriptor().isEmpty() && !r.fileDescriptor().equals("1")) {
          continue;
        }
        if (inv == null || emptyOutput(inv)) {
          out.add(new MachineIdClear(r.range(), instruction));
        } else if (inv.name().equals("dbus-uuidgen") || inv.name().equals("systemd-id128")) {
          out.add(new MachineIdWrite(inv, instruction));
        }
      }
    }

    /** {@code :}, {@code true}, {@code echo -n}, {@code printf ''}, {@code echo uninitialized}. */
    private static boolean emptyOutput(Invocation inv) {
      List<Optional<String>> args = inv.args().stream().map(Word::literalValue).toList();
      return switch (inv.name()) {
        case ":", "true" -> true;
        case "echo" -> args.equals(List.of(Optional.of("-n"))) || args.equals(List.of(Optional.of("uninitialized")));
        case "printf" -> args.isEmpty() || args.equals(List.of(Optional.of("")));
        case "cat" -> args.equals(List.of(Optional.of("/dev/null")));
        default -> false;
      };
    }

    private void rm(RmInvocation rm, Optional<String> cwd) {
      if (rm == null) {
        return;
      }
      for (RmTarget t : rm.targets()) {
        if (t.path().isEmpty()) {
          continue;
        }
        Optional<String> abs = resolve(t.path().get(), cwd);
        if (abs.isEmpty()) {
          continue;
        }
        String path = canonicalPath(abs.get());
        if (path.equals(MACHINE_ID)) {
          out.add(new MachineIdClear(t.word().range(), instruction));
          continue;
        }
        int slash = path.lastIndexOf('/');
        if (slash <= 0) {
          continue;
        }
        String dir = path.substring(0, slash);
        String name = path.substring(slash + 1);
        if (isWantsDirectory(dir)) {
          out.add(new Prune(dir, name, List.of(), Optional.empty(), "", PruneKind.RM, t.word(),
              Optional.of(rm.invocation()), instruction));
        } else if (isWantsDirectory(path) && rm.recursive()) {
          out.add(new Prune(path, "*", List.of(), Optional.empty(), "", PruneKind.RM, t.word(),
              Optional.of(rm.invocation()), instruction));
        } else if (dir.equals(UNIT_DIR) && !name.endsWith(".d") && !isWantsDirectory(path)
            && (t.hasGlob() || hasUnitSuffix(name))) {
          out.add(new UnitFileDeletion(path, t, rm, instruction));
        }
      }
    }

    private void systemctl(SystemctlInvocation sc) {
      if (sc == null) {
        return;
      }
      switch (sc.verb()) {
        case "mask" -> sc.units().forEach(w -> w.literalValue()
            .ifPresent(u -> out.add(new Mask(unitName(u), w, instruction))));
        case "enable", "reenable" -> sc.units().forEach(w -> w.literalValue()
            .ifPresent(u -> out.add(new Enable(unitName(u), w, sc, instruction))));
        case "disable", "unmask", "preset", "set-default" -> sc.units().forEach(w -> w.literalValue()
            .ifPresent(u -> out.add(new UnitVerb(sc.verb(), unitName(u), w.range(), instruction))));
        case "preset-all" -> out.add(new UnitVerb("preset", "", sc.invocation().range(), instruction));
        default -> { }
      }
    }

    /**
     * {@code for i in *; do [ $i == keep ] || rm -f $i; done} in a wants directory (the current one, or
     * {@code dir/*}): every link but the kept one is removed.
     */
    private void pruneLoop(ForCommand loop, Optional<String> cwd, String shell) {
      if (!loop.hasInClause() || loop.items().size() != 1) {
        return;
      }
      Word item = loop.items().get(0);
      Optional<String> value = item.literalValue();
      if (value.isEmpty() || !item.hasGlob()) {
        return;
      }
      String v = value.get();
      int slash = v.lastIndexOf('/');
      Optional<String> dir = slash >= 0 ? resolve(v.substring(0, Math.max(slash, 1)), cwd) : cwd;
      String pattern = v.substring(slash + 1);
      if (dir.isEmpty() || !isWantsDirectory(canonicalPath(dir.get()))) {
        return;
      }
      Optional<LoopRemoval> removal = loopRemoval(loop.body(), loop.variable());
      removal.ifPresent(r -> out.add(new Prune(canonicalPath(dir.get()), pattern, r.kept, r.equality, shell,
          PruneKind.LOOP, r.target, Optional.of(r.rm), instruction)));
    }

    private record LoopRemoval(Word target, Invocation rm, List<String> kept, Optional<Word> equality) {}

    private Optional<LoopRemoval> loopRemoval(List<Statement> body, String variable) {
      for (Statement s : body) {
        Optional<LoopRemoval> r = loopRemoval(s.command(), variable);
        if (r.isPresent()) {
          return r;
        }
      }
      return Optional.empty();
    }

    private Optional<LoopRemoval> loopRemoval(Command command, String variable) {
      if (command instanceof SimpleCommand simple) {
        return removesVariable(simple, variable).map(t -> new LoopRemoval(t, invocations.get(simple), List.of(),
            Optional.empty()));
      }
      if (command instanceof Pipeline p && p.commands().size() == 1) {
        return loopRemoval(p.commands().get(0), variable);
      }
      if (command instanceof AndOrList list && list.commands().size() == 2) {
        Optional<Word> target = list.commands().get(1) instanceof SimpleCommand rm
            ? removesVariable(rm, variable) : Optional.empty();
        Optional<Test> test = test(list.commands().get(0), variable);
        if (target.isPresent()) {
          SimpleCommand rmCommand = (SimpleCommand) list.commands().get(1);
          String op = list.operators().get(0).text();
          if (test.isPresent() && (op.equals("||") && test.get().equal || op.equals("&&") && !test.get().equal)) {
            return Optional.of(new LoopRemoval(target.get(), invocations.get(rmCommand), List.of(test.get().value),
                test.get().bashEquality));
          }
          return Optional.of(new LoopRemoval(target.get(), invocations.get(rmCommand), List.of(), Optional.empty()));
        }
      }
      if (command instanceof IfCommand ifc && ifc.branches().size() == 1
          && ifc.branches().get(0).condition().size() == 1) {
        Optional<Test> test = test(ifc.branches().get(0).condition().get(0).command(), variable);
        Optional<LoopRemoval> inBody = loopRemoval(ifc.branches().get(0).body(), variable);
        Optional<LoopRemoval> inElse = loopRemoval(ifc.elseBody(), variable);
        if (test.isPresent() && !test.get().equal && inBody.isPresent()) {
          return Optional.of(new LoopRemoval(inBody.get().target, inBody.get().rm, List.of(test.get().value),
              test.get().bashEquality));
        }
        if (test.isPresent() && test.get().equal && inElse.isPresent()) {
          return Optional.of(new LoopRemoval(inElse.get().target, inElse.get().rm, List.of(test.get().value),
              test.get().bashEquality));
        }
        return inBody.or(() -> inElse);
      }
      if (command instanceof BraceGroup group) {
        return loopRemoval(group.body(), variable);
      }
      return Optional.empty();
    }

    /** The operand of an {@code rm} that removes {@code $variable}. */
    private Optional<Word> removesVariable(SimpleCommand simple, String variable) {
      Invocation inv = invocations.get(simple);
      if (inv == null || !inv.name().equals("rm")) {
        return Optional.empty();
      }
      return inv.positionals().stream().filter(w -> isVariable(w, variable)).findFirst();
    }

    private record Test(boolean equal, String value, Optional<Word> bashEquality) {}

    /** {@code [ $v = x ]}, {@code [ "$v" == x ]}, {@code test $v != x}. */
    private Optional<Test> test(Command command, String variable) {
      if (command instanceof Pipeline p && p.commands().size() == 1 && !p.negated()) {
        return test(p.commands().get(0), variable);
      }
      if (!(command instanceof SimpleCommand simple)) {
        return Optional.empty();
      }
      List<Word> w = simple.words();
      List<Word> operands;
      if (w.size() == 5 && w.get(0).isLiteral("[") && w.get(4).isLiteral("]")) {
        operands = w.subList(1, 4);
      } else if (w.size() == 4 && w.get(0).isLiteral("test")) {
        operands = w.subList(1, 4);
      } else {
        return Optional.empty();
      }
      Word left = operands.get(0);
      Word op = operands.get(1);
      Word right = operands.get(2);
      if (isVariable(right, variable) && !isVariable(left, variable)) {
        Word t = left;
        left = right;
        right = t;
      }
      if (!isVariable(left, variable) || right.literalValue().isEmpty()) {
        return Optional.empty();
      }
      String o = op.literalValue().orElse("");
      return switch (o) {
        case "=" -> Optional.of(new Test(true, right.literalValue().get(), Optional.empty()));
        case "==" -> Optional.of(new Test(true, right.literalValue().get(), Optional.of(op)));
        case "!=" -> Optional.of(new Test(false, right.literalValue().get(), Optional.empty()));
        default -> Optional.empty();
      };
    }

    private static boolean isVariable(Word word, String variable) {
      List<WordPart> parts = word.parts();
      if (parts.size() == 1 && parts.get(0) instanceof WordPart.DoubleQuoted dq) {
        parts = dq.parts();
      }
      return parts.size() == 1 && parts.get(0) instanceof WordPart.ParameterExpansion pe
          && pe.name().equals(variable) && pe.operator().isEmpty() && pe.prefix().isEmpty();
    }

    /**
     * {@code find /lib/systemd/system /etc/systemd/system -path '*.wants/*' -not -name '*journald*' -delete}
     * or {@code find <dir>.wants -mindepth 1 ! -name keep -delete} (also {@code -exec rm}).
     */
    private void find(Invocation inv, Optional<String> cwd, String shell) {
      List<Word> args = inv.args();
      List<Word> roots = new ArrayList<>();
      int i = 0;
      while (i < args.size()) {
        Optional<String> v = args.get(i).literalValue();
        if (v.isEmpty() || v.get().startsWith("-") || v.get().equals("!") || v.get().equals("(")) {
          break;
        }
        roots.add(args.get(i));
        i++;
      }
      boolean deletes = false;
      boolean wantsPath = false;
      Optional<String> name = Optional.empty();
      List<String> kept = new ArrayList<>();
      boolean negate = false;
      for (; i < args.size(); i++) {
        String v = args.get(i).literalValue().orElse("");
        String next = i + 1 < args.size() ? args.get(i + 1).literalValue().orElse("") : "";
        switch (v) {
          case "-delete" -> deletes = true;
          case "-exec", "-execdir" -> deletes |= basename(next).equals("rm") || basename(next).equals("unlink");
          case "!", "-not" -> {
            negate = true;
            continue;
          }
          case "-path", "-wholename", "-ipath" -> {
            wantsPath |= Pattern.matches(".*\\.wants/\\*", next);
            i++;
          }
          case "-name", "-iname" -> {
            if (negate) {
              kept.add(next);
            } else {
              name = Optional.of(next);
            }
            i++;
          }
          default -> { }
        }
        negate = false;
      }
      if (!deletes) {
        return;
      }
      for (Word root : roots) {
        Optional<String> abs = resolve(root.literalValue().get(), cwd);
        if (abs.isEmpty()) {
          continue;
        }
        String dir = canonicalPath(abs.get());
        if (isWantsDirectory(dir)) {
          out.add(new Prune(dir, name.orElse("*"), kept, Optional.empty(), shell, PruneKind.FIND, root,
              Optional.of(inv), instruction));
        } else if (wantsPath && (dir.equals(UNIT_DIR) || dir.equals(ADMIN_UNIT_DIR) || dir.equals("/lib/systemd")
            || dir.equals("/etc/systemd") || dir.equals("/") || dir.equals("/lib") || dir.equals("/etc"))) {
          String base = dir.equals(UNIT_DIR) || dir.equals(ADMIN_UNIT_DIR) ? dir
              : dir.startsWith("/etc") ? ADMIN_UNIT_DIR : UNIT_DIR;
          out.add(new Prune(base + "/*.wants", name.orElse("*"), kept, Optional.empty(), shell, PruneKind.FIND,
              root, Optional.of(inv), instruction));
        }
      }
    }
  }

  /** Shell-style globs ({@code *}, {@code ?}) over whole names, as the rules compare directories and units. */
  public static final class Globs {
    private Globs() {}

    /** Iterative wildcard matching: linear backtracking to the last star, so hostile patterns stay cheap. */
    public static boolean matches(String glob, String text) {
      int g = 0;
      int t = 0;
      int star = -1;
      int mark = 0;
      while (t < text.length()) {
        if (g < glob.length() && (glob.charAt(g) == '?' || glob.charAt(g) == text.charAt(t))
            && glob.charAt(g) != '*') {
          g++;
          t++;
        } else if (g < glob.length() && glob.charAt(g) == '*') {
          star = g++;
          mark = t;
        } else if (star >= 0) {
          g = star + 1;
          t = ++mark;
        } else {
          return false;
        }
      }
      while (g < glob.length() && glob.charAt(g) == '*') {
        g++;
      }
      return g == glob.length();
    }
  }
}
