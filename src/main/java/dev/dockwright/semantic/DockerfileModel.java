package dev.dockwright.semantic;

import dev.dockwright.ast.ArgDeclaration;
import dev.dockwright.ast.Argument;
import dev.dockwright.ast.CommandLine;
import dev.dockwright.ast.Dockerfile;
import dev.dockwright.ast.Flag;
import dev.dockwright.ast.Heredoc;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.KeyValue;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.Token;
import dev.dockwright.shell.ExecArg;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ShellParser;
import dev.dockwright.shell.ShellScript;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The semantic model of one Dockerfile, computed once and shared by every rule: stages and what they are
 * built from, the variables in scope at every instruction (BuildKit's ARG/ENV rules), the effective SHELL,
 * USER and WORKDIR, the shell model of every command, and {@code --from} references resolved.
 */
public final class DockerfileModel {
  public static final List<String> DEFAULT_LINUX_SHELL = List.of("/bin/sh", "-c");
  public static final List<String> DEFAULT_WINDOWS_SHELL = List.of("cmd", "/S", "/C");
  /** The PATH BuildKit sets when the base image has none ({@code system.DefaultPathEnvUnix}). */
  public static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private final Dockerfile ast;
  private final VariableExpander expander;
  private final List<Instruction.Arg> globalArgs = new ArrayList<>();
  private Scope globalScope = Scope.empty();
  private final List<Stage> stages = new ArrayList<>();
  /** Lower-case stage name to the first stage of that name: a lookup per COPY --from, not a scan. */
  private final Map<String, Stage> stagesByName = new HashMap<>();
  private List<Stage> builtStages;
  private final Map<Instruction, InstructionContext> contexts = new IdentityHashMap<>();
  private final Map<Instruction, List<ShellScript>> scripts = new IdentityHashMap<>();
  private final Map<ShellScript, ScriptInterpreter> interpreters = new IdentityHashMap<>();
  private final Map<Stage, Scope> finalScopes = new IdentityHashMap<>();
  private final Map<Stage, ImageState> imageStates = new IdentityHashMap<>();

  private final BaseResolver resolver;
  private final BuildContext buildContext;

  private DockerfileModel(Dockerfile ast, BaseResolver resolver, BuildContext buildContext) {
    this.ast = ast;
    this.expander = new VariableExpander(ast.escape());
    this.resolver = resolver;
    this.buildContext = buildContext;
  }

  public static DockerfileModel of(Dockerfile ast) {
    return of(ast, BaseResolver.NONE);
  }

  /** The model, resolving locally built base images through {@code resolver}. */
  public static DockerfileModel of(Dockerfile ast, BaseResolver resolver) {
    return of(ast, resolver, BuildContext.NONE);
  }

  /**
   * The model, resolving locally built base images through {@code resolver} and reading the files COPY takes
   * from {@code buildContext} where a fact needs them (an entrypoint script).
   */
  public static DockerfileModel of(Dockerfile ast, BaseResolver resolver, BuildContext buildContext) {
    DockerfileModel m = new DockerfileModel(ast, resolver, buildContext);
    m.build();
    m.builtStages = List.copyOf(m.stages);
    return m;
  }

  public Dockerfile ast() {
    return ast;
  }

  /** The build context the file's COPY and ADD read from ({@link BuildContext#NONE} when there is none). */
  public BuildContext buildContext() {
    return buildContext;
  }

  public VariableExpander expander() {
    return expander;
  }

  public List<Stage> stages() {
    // One immutable copy once the model is built: rules ask for the stages per stage and per instruction.
    List<Stage> built = builtStages;
    return built != null ? built : List.copyOf(stages);
  }

  public Optional<Stage> finalStage() {
    return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
  }

  /** ARG instructions before the first FROM. */
  public List<Instruction.Arg> globalArgs() {
    return List.copyOf(globalArgs);
  }

  /** The scope FROM lines are expanded in: global ARGs and the predefined platform arguments. */
  public Scope globalScope() {
    return globalScope;
  }

  /** The variables in effect at the end of a stage. */
  public Scope finalScope(Stage stage) {
    return finalScopes.getOrDefault(stage, Scope.empty());
  }

  public Optional<Stage> stageByName(String name) {
    return Optional.ofNullable(stagesByName.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Context of any instruction of the file, ONBUILD triggers included. */
  public InstructionContext context(Instruction instruction) {
    InstructionContext c = contexts.get(instruction);
    if (c == null) {
      throw new IllegalArgumentException("instruction is not part of this file: " + instruction.range());
    }
    return c;
  }

  public Optional<Stage> stageOf(Instruction instruction) {
    return context(instruction).stage();
  }

  /** Expands a word the way BuildKit would at this instruction (FROM lines use the global scope). */
  public Expansion expand(Instruction at, String word) {
    return expander.expandWord(word, context(at).scope());
  }

  /**
   * Shell models of what an instruction runs: the command of RUN, CMD, ENTRYPOINT or HEALTHCHECK (shell
   * or exec form), plus the body of each RUN heredoc that a shell executes ({@code RUN <<EOF} or
   * {@code RUN <<EOF bash}). Empty for other instructions.
   */
  public List<ShellScript> scripts(Instruction instruction) {
    return scripts.getOrDefault(instruction, List.of());
  }

  /**
   * What an image built from {@code stage} has when it starts (ENV, VOLUME, STOPSIGNAL, USER, run notes,
   * unit operations), over the stages it is built from in this file; computed once per stage.
   */
  public ImageState imageState(Stage stage) {
    synchronized (imageStates) {
      ImageState s = imageStates.get(stage);
      if (s == null) {
        s = ImageState.of(this, stage);
        imageStates.put(stage, s);
      }
      return s;
    }
  }

  /** Which program runs one of the {@link #scripts(Instruction)} of an instruction. */
  public ScriptInterpreter interpreter(ShellScript script) {
    ScriptInterpreter i = interpreters.get(script);
    if (i == null) {
      throw new IllegalArgumentException("not a script of this file: " + script);
    }
    return i;
  }

  /**
  /**
   * Resolves a {@code --from} value (COPY/ADD flag, RUN mount) as seen from an instruction, the way BuildKit
   * does: a stage name (case-insensitive, any stage of the file: one that is not before the instruction's
   * stage is a build error the caller can detect by comparing indices), else a stage index, else an image.
   * BuildKit never expands variables in {@code --from} (COPY: "variable expansion is not supported for
   * --from"; mounts: "'from' doesn't support variable expansion"), so a value with a variable reference is
   * {@link StageReference.Kind#UNKNOWN}; its {@code expansion} is what the value would expand to in the
   * instruction's scope (what Podman, which does expand it, would use).
   */
  public StageReference resolveFrom(Instruction at, String value, SourceRange range) {
    Expansion e = expand(at, value);
    if (!e.references().isEmpty() || e.failed()) {
      return new StageReference(StageReference.Kind.UNKNOWN, value, Optional.empty(), Optional.empty(), e, range);
    }
    Stage named = stagesByName.get(value.toLowerCase(Locale.ROOT));
    if (named != null) {
      return new StageReference(StageReference.Kind.STAGE_NAME, value, Optional.of(named), Optional.empty(), e, range);
    }
    if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
      int idx = value.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(value);
      Optional<Stage> s = idx < stages.size() ? Optional.of(stages.get(idx)) : Optional.empty();
      return new StageReference(StageReference.Kind.STAGE_INDEX, value, s, Optional.empty(), e, range);
    }
    return new StageReference(StageReference.Kind.IMAGE, value, Optional.empty(),
        Optional.of(ImageReference.parse(value)), e, range);
  }

  /**
   * The stages whose files can end up in the image that is built: the target stage (the one named
   * {@code target}, case-insensitively as BuildKit matches {@code --target}; the last stage when there is no
   * target or no stage of that name), every stage it is built {@code FROM}, and every stage any of them copies
   * a path from that {@code copied} accepts ({@code COPY --from} or {@code ADD --from}; {@code /} copies
   * everything), with theirs, transitively. A stage outside the set is a build stage whose files (of that
   * kind) never reach the image.
   */
  public Set<Stage> shippedStages(Optional<String> target, Predicate<String> copied) {
    if (stages.isEmpty()) {
      return Set.of();
    }
    Stage end = target.flatMap(t -> stages.stream().filter(s -> s.name().filter(t::equalsIgnoreCase).isPresent())
        .findFirst()).orElse(stages.get(stages.size() - 1));
    Set<Stage> out = new LinkedHashSet<>();
    Deque<Stage> todo = new ArrayDeque<>(List.of(end));
    while (!todo.isEmpty()) {
      Stage s = todo.pop();
      if (!out.add(s)) {
        continue;
      }
      s.parent().ifPresent(todo::push);
      for (Instruction i : s.instructions()) {
        List<Argument> args = i instanceof Instruction.Copy c ? c.args() : i instanceof Instruction.Add a ? a.args()
            : List.of();
        if (args.size() >= 2 && args.subList(0, args.size() - 1).stream().anyMatch(a -> copied.test(a.value()))) {
          copyFrom(i).flatMap(StageReference::stage).ifPresent(todo::push);
        }
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * Whether a copied source path holds files under {@code directory}: it is {@code /}, the directory, one of
   * its parents, or a path inside it.
   */
  public static boolean pathCovers(String source, String directory) {
    String s = source.endsWith("/") && source.length() > 1 ? source.substring(0, source.length() - 1) : source;
    return s.equals("/") || (directory + "/").startsWith(s + "/") || s.startsWith(directory + "/");
  }

  /** The {@code --from} of a COPY or ADD, resolved. */
  public Optional<StageReference> copyFrom(Instruction copyOrAdd) {
    return copyOrAdd.flag("from").flatMap(f -> f.value().map(v -> resolveFrom(copyOrAdd, v,
        f.valueToken().map(Token::range).orElse(f.range()))));
  }

  /** The {@code --mount} options of a RUN. */
  public List<MountSpec> mounts(Instruction run) {
    List<MountSpec> out = new ArrayList<>();
    for (Flag f : run.flags()) {
      if (f.name().equals("mount") && f.value().isPresent()) {
        out.add(MountSpec.parse(f.value().get()));
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------------------ construction

  private record Pending(Instruction instruction, int stage, Scope scope, List<String> shell, Optional<String> user,
      Optional<String> workdir, boolean trigger) {}

  private static final class StageState {
    Instruction.From from;
    BaseImage base;
    Scope scope;
    List<String> shell;
    Optional<String> user;
    Optional<String> workdir;
    final List<Instruction> instructions = new ArrayList<>();
    final List<Instruction> triggers = new ArrayList<>();
    List<Instruction> inherited = List.of();
  }

  private static List<Instruction> triggers(Instruction ins) {
    return dev.dockwright.ast.Instructions.triggers(ins);
  }

  private void build() {
    Scope global = Scope.empty();
    for (String builtin : new TreeSet<>(BuiltinArgs.PLATFORM)) {
      global = global.with(builtin, VariableBinding.unknown(), Scope.Origin.BUILTIN_ARG);
    }
    List<Pending> pending = new ArrayList<>();
    StageState current = null;
    List<StageState> states = new ArrayList<>();
    for (Instruction ins : ast.instructions()) {
      if (ins instanceof Instruction.From from) {
        if (current != null) {
          addStage(finish(current, states.size() - 1));
        }
        globalScope = global;
        current = startStage(from, global, states.size());
        states.add(current);
        pending.add(new Pending(ins, states.size() - 1, global, current.shell, current.user, current.workdir, false));
        continue;
      }
      if (current == null) {
        pending.add(new Pending(ins, -1, global, defaultShell(null), Optional.empty(), Optional.empty(), false));
        if (ins instanceof Instruction.Arg arg) {
          globalArgs.add(arg);
          global = declareArgs(arg, global, global, Scope.Origin.GLOBAL_ARG);
        }
        // An ONBUILD before any FROM is a build error of its own; its trigger still needs a context.
        for (Instruction trigger : triggers(ins)) {
          pending.add(new Pending(trigger, -1, global, defaultShell(null), Optional.empty(), Optional.empty(), true));
        }
        continue;
      }
      int idx = states.size() - 1;
      pending.add(new Pending(ins, idx, current.scope, current.shell, current.user, current.workdir, false));
      current.instructions.add(ins);
      apply(ins, current, global);
      if (ins instanceof Instruction.Onbuild ob && ob.trigger().isPresent()) {
        current.triggers.add(ob.trigger().get());
      }
      // `ONBUILD ONBUILD` is a build error, but rules still visit the nested trigger.
      for (Instruction trigger : triggers(ins)) {
        pending.add(new Pending(trigger, idx, current.scope, current.shell, current.user, current.workdir, true));
      }
    }
    globalScope = global;
    if (current != null) {
      addStage(finish(current, states.size() - 1));
    }
    for (Pending p : pending) {
      Optional<Stage> stage = p.stage < 0 ? Optional.empty() : Optional.of(stages.get(p.stage));
      contexts.put(p.instruction, new InstructionContext(stage, p.scope, p.shell, p.user, p.workdir, p.trigger));
      scripts.put(p.instruction, buildScripts(p.instruction, p.shell));
    }
  }

  private void addStage(Stage stage) {
    stages.add(stage);
    stage.name().ifPresent(n -> stagesByName.putIfAbsent(n, stage));
  }

  private StageState startStage(Instruction.From from, Scope global, int index) {
    StageState st = new StageState();
    st.from = from;
    Token image = from.image().orElse(from.keyword());
    Expansion e = from.image().isPresent() ? expander.expandWord(image.text(), global)
        : new Expansion("", false, List.of(), Optional.empty());
    Optional<Stage> parent = Optional.empty();
    if (e.known()) {
      String lower = e.value().toLowerCase(Locale.ROOT);
      parent = Optional.ofNullable(stagesByName.get(lower));
    }
    Optional<ImageReference> ref = parent.isPresent() || from.image().isEmpty() ? Optional.empty()
        : Optional.of(ImageReference.parse(e.known() ? e.value() : image.text()));
    Optional<BaseResolver.ResolvedBase> external = parent.isEmpty() && e.known() && !e.value().equals("scratch")
        ? resolver.resolve(e.value()) : Optional.empty();
    st.base = new BaseImage(image, e, parent, ref, external);
    // BuildKit starts a stage built FROM another stage with that stage's state, whose environment holds its
    // ENV values and also the values of its ARGs (dispatchArg adds them with AddEnv): both are inherited.
    // An image built by another Dockerfile keeps only its ENV in the image config.
    Scope scope = Scope.empty();
    if (parent.isPresent() || external.isPresent()) {
      Scope parentScope = parent.isPresent() ? finalScopes.get(parent.get())
          : external.get().model().finalScope(external.get().stage());
      for (var entry : parentScope.snapshot().entrySet()) {
        Scope.Origin origin = inheritedOrigin(parentScope.originOf(entry.getKey()));
        if (parent.isPresent() || origin == Scope.Origin.INHERITED_ENV) {
          scope = scope.with(entry.getKey(), entry.getValue(), origin);
        }
      }
    } else if (ref.isPresent()) {
      // The rest of an image's environment is not visible here, but BuildKit always sets PATH: the base
      // image's, or its default when the image has none (scratch).
      scope = scope.with("PATH", ref.get().isScratch() ? VariableBinding.defined(DEFAULT_PATH)
          : VariableBinding.unknown(), Scope.Origin.INHERITED_ENV);
    }
    st.scope = scope;
    if (parent.isPresent()) {
      InstructionContext last = lastContextOf(parent.get());
      st.shell = last.shell();
      st.user = last.user();
      st.workdir = last.workdir();
      st.inherited = parent.get().onbuildTriggers();
    } else if (external.isPresent()) {
      InstructionContext last = external.get().model().lastContextOf(external.get().stage());
      st.shell = last.shell();
      st.user = last.user();
      st.workdir = last.workdir();
      // The base's ONBUILD triggers run here too, but they belong to another file: they stay reachable
      // through base().external() and are not mixed into this file's instructions.
    } else {
      st.shell = defaultShell(ref.orElse(null));
      st.user = Optional.empty();
      st.workdir = Optional.empty();
    }
    // The parent's ONBUILD triggers run first in this stage (BuildKit prepends them to its commands).
    for (Instruction trigger : st.inherited) {
      apply(trigger, st, global);
    }
    return st;
  }

  private static Scope.Origin inheritedOrigin(Scope.Origin origin) {
    return switch (origin) {
      case ENV, INHERITED_ENV -> Scope.Origin.INHERITED_ENV;
      case ARG, INHERITED_ARG, GLOBAL_ARG -> Scope.Origin.INHERITED_ARG;
      case BUILTIN_ARG -> Scope.Origin.BUILTIN_ARG;
    };
  }

  private final Map<Stage, StageState> stateOf = new IdentityHashMap<>();

  private InstructionContext lastContextOf(Stage s) {
    StageState st = stateOf.get(s);
    return new InstructionContext(Optional.of(s), st.scope, st.shell, st.user, st.workdir, false);
  }

  private Stage finish(StageState st, int index) {
    Optional<Token> nameToken = st.from.stageName();
    Optional<String> name = nameToken.map(t -> t.text().toLowerCase(Locale.ROOT));
    Stage stage = new Stage(index, st.from, name, nameToken, st.base, st.instructions, st.triggers, st.inherited);
    finalScopes.put(stage, st.scope);
    stateOf.put(stage, st);
    return stage;
  }

  private List<String> defaultShell(ImageReference ref) {
    if (ref != null) {
      String path = ref.path().toLowerCase(Locale.ROOT);
      if (path.contains("windows") || path.contains("nanoserver") || path.contains("servercore")) {
        return DEFAULT_WINDOWS_SHELL;
      }
      // The platform of the base decides the shell, not the escape character: a backtick escape on a
      // known Linux distribution still runs /bin/sh.
      if (Distro.of(ref).isKnown()) {
        return DEFAULT_LINUX_SHELL;
      }
    }
    if (ast.escape() == '`') {
      return DEFAULT_WINDOWS_SHELL;
    }
    return DEFAULT_LINUX_SHELL;
  }

  /**
   * Declares the names of one ARG. As in BuildKit, each default is expanded with the declarations before it
   * already in effect ({@code ARG A=1 B=$A} gives B=1), and {@code ARG NAME} without a default in a stage
   * takes the global ARG's value, else keeps the value NAME already has in the stage (BuildKit then adds
   * nothing to the environment); without either it is unknown, as only a build argument could set it.
   */
  private Scope declareArgs(Instruction.Arg arg, Scope scope, Scope global, Scope.Origin origin) {
    Scope s = scope;
    for (ArgDeclaration d : arg.declarations()) {
      String name = d.name().text();
      VariableBinding binding;
      if (d.defaultValue().isPresent()) {
        Expansion e = expander.expandWord(d.defaultValue().get().text(), s);
        binding = e.known() ? VariableBinding.defined(e.value()) : VariableBinding.unknown();
      } else if (origin == Scope.Origin.ARG && (global.originOf(name) == Scope.Origin.GLOBAL_ARG
          || global.originOf(name) == Scope.Origin.BUILTIN_ARG)) {
        binding = global.lookup(name);
      } else if (origin == Scope.Origin.ARG && s.originOf(name) != null) {
        binding = s.lookup(name);
      } else {
        binding = VariableBinding.unknown();
      }
      Scope.Origin o = origin == Scope.Origin.ARG && d.defaultValue().isEmpty()
          && global.originOf(name) == Scope.Origin.BUILTIN_ARG ? Scope.Origin.BUILTIN_ARG : origin;
      s = s.with(name, binding, o);
    }
    return s;
  }

  private void apply(Instruction ins, StageState st, Scope global) {
    if (ins instanceof Instruction.Arg arg) {
      st.scope = declareArgs(arg, st.scope, global, Scope.Origin.ARG);
    } else if (ins instanceof Instruction.Env env) {
      Scope before = st.scope;
      Scope s = before;
      for (KeyValue kv : env.pairs()) {
        Expansion e = expander.expandWord(kv.valueText(), before);
        s = s.with(kv.key().text(), e.known() ? VariableBinding.defined(e.value()) : VariableBinding.unknown(),
            Scope.Origin.ENV);
      }
      st.scope = s;
    } else if (ins instanceof Instruction.Shell sh && sh.command().isPresent()
        && sh.command().get() instanceof CommandLine.ExecForm exec && !exec.args().isEmpty()) {
      st.shell = exec.args().stream().map(a -> a.value()).toList();
    } else if (ins instanceof Instruction.User user && user.value().isPresent()) {
      Expansion e = expander.expandWord(user.value().get().text(), st.scope);
      st.user = Optional.of(e.knownValue().orElse(user.value().get().text()));
    } else if (ins instanceof Instruction.Workdir wd && wd.value().isPresent()) {
      Expansion e = expander.expandWord(wd.value().get().text(), st.scope);
      String dir = e.knownValue().orElse(wd.value().get().text());
      if (e.known() && !isAbsolute(dir) && st.workdir.isPresent()) {
        dir = joinWorkdir(st.workdir.get(), dir);
      }
      st.workdir = Optional.of(dir);
    }
  }

  private static boolean isAbsolute(String dir) {
    return dir.startsWith("/") || dir.startsWith("\\") || isWindowsDrivePath(dir);
  }

  private static boolean isWindowsDrivePath(String dir) {
    return dir.length() >= 2 && Character.isLetter(dir.charAt(0)) && dir.charAt(1) == ':';
  }

  /**
   * A relative WORKDIR joined to the previous one and cleaned, as BuildKit's {@code NormalizeWorkdir} does
   * ({@code filepath.Join}): {@code /app} + {@code ../lib} is {@code /lib}. Windows directories (a drive
   * letter or backslashes) are joined with backslashes. A relative base (the base image's directory is not
   * known) stays relative.
   */
  static String joinWorkdir(String base, String relative) {
    boolean windows = isWindowsDrivePath(base) || base.indexOf('\\') >= 0;
    String sep = windows ? "\\" : "/";
    String joined = (base + "/" + relative).replace('\\', '/');
    String prefix = "";
    if (isWindowsDrivePath(joined)) {
      prefix = joined.substring(0, 2);
      joined = joined.substring(2);
    }
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (String part : joined.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(part);
      }
    }
    String root = isAbsolute(base) ? sep : "";
    return prefix + root + String.join(sep, parts);
  }

  private List<ShellScript> buildScripts(Instruction ins, List<String> shell) {
    Optional<CommandLine> cmd;
    List<Heredoc> heredocs = List.of();
    if (ins instanceof Instruction.Run run) {
      cmd = run.command();
      heredocs = run.heredocs();
    } else if (ins instanceof Instruction.Cmd c) {
      cmd = c.command();
    } else if (ins instanceof Instruction.Entrypoint e) {
      cmd = e.command();
    } else if (ins instanceof Instruction.Healthcheck h) {
      cmd = h.command();
    } else {
      return List.of();
    }
    if (cmd.isEmpty()) {
      return List.of();
    }
    List<ShellScript> out = new ArrayList<>();
    ShellScript line;
    ScriptInterpreter shellInstruction = new ScriptInterpreter(ScriptInterpreter.Source.SHELL_INSTRUCTION, shell);
    if (cmd.get() instanceof CommandLine.ShellForm sf) {
      line = ShellParser.parse(sf.script());
      interpreters.put(line, shellInstruction);
    } else {
      CommandLine.ExecForm ef = (CommandLine.ExecForm) cmd.get();
      line = ShellScript.fromExec(ef.args().stream().map(a -> new ExecArg(a.value(), a.range())).toList(),
          ast.source());
      interpreters.put(line, ScriptInterpreter.none());
    }
    out.add(line);
    Optional<Heredoc> body = shellHeredoc(line, heredocs);
    if (body.isPresent()) {
      Heredoc h = body.get();
      List<Invocation> reader = line.invocations();
      ScriptInterpreter interpreter;
      if (!reader.isEmpty()) {
        Invocation shellCommand = reader.get(0);
        List<String> argv = new ArrayList<>();
        argv.add(shellCommand.commandWord().literalValue().orElse(shellCommand.name()));
        shellCommand.args().forEach(w -> argv.add(w.literalValue().orElse(w.raw())));
        interpreter = new ScriptInterpreter(ScriptInterpreter.Source.COMMAND, argv);
      } else if (h.content().startsWith("#!")) {
        interpreter = shebangOf(h);
      } else {
        interpreter = shellInstruction;
      }
      ShellScript script = ShellParser.parse(h.body());
      interpreters.put(script, interpreter);
      out.add(script);
    }
    return List.copyOf(out);
  }

  /**
   * The here-document a shell runs as its script, if any. {@code RUN <<EOF} alone: BuildKit runs the body
   * with the SHELL, unless it starts with a shebang, in which case the body is executed as a file by that
   * interpreter; several here-documents and no command run nothing. {@code RUN <<EOF bash} or
   * {@code RUN bash <<EOF}: a shell (without {@code -c}) reads its script from standard input, the last
   * here-document on file descriptor 0. Any other command ({@code python3 <<EOF}, {@code cat <<EOF > f})
   * gets the body as data.
   */
  private static Optional<Heredoc> shellHeredoc(ShellScript line, List<Heredoc> heredocs) {
    if (heredocs.isEmpty()) {
      return Optional.empty();
    }
    List<Invocation> invocations = line.invocations();
    if (invocations.isEmpty()) {
      if (heredocs.size() != 1) {
        return Optional.empty();
      }
      Heredoc only = heredocs.get(0);
      return !only.content().startsWith("#!") || shebangOf(only).isPosixShell() ? Optional.of(only) : Optional.empty();
    }
    Invocation command = invocations.get(0);
    if (invocations.size() != 1 || !dev.dockwright.shell.Shells.isPosix(command.name()) || command.hasOption("-c")) {
      return Optional.empty();
    }
    Heredoc stdin = null;
    for (Heredoc h : heredocs) {
      if (h.fileDescriptor() == 0) {
        stdin = h;
      }
    }
    return Optional.ofNullable(stdin);
  }

  /** The interpreter named by a heredoc body's {@code #!} line. */
  private static ScriptInterpreter shebangOf(Heredoc h) {
    return ScriptInterpreter.shebang(h.content().lines().findFirst().orElse("#!"));
  }
}
