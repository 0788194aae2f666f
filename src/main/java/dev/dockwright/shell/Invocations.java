package dev.dockwright.shell;

import dev.dockwright.ast.LogicalText;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Collects {@link Invocation}s: walks the script, unwraps wrapper commands and parses {@code sh -c} scripts. */
final class Invocations {
  /** Wrapper chains and nested shells beyond these are not followed (hostile input, not real Dockerfiles). */
  private static final int MAX_WRAPPERS = 8;
  private static final int MAX_SHELL_NESTING = 16;

  private static final Pattern ASSIGNMENT_WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);

  private static final Map<String, ArgSpec> WRAPPER_SPECS = Map.ofEntries(
      Map.entry("sudo", ArgSpec.wrapper("-u", "--user", "-g", "--group", "-h", "--host", "-p", "--prompt", "-C",
          "--close-from", "-T", "--command-timeout", "-r", "--role", "-t", "--type", "-U", "--other-user", "-D",
          "--chdir")),
      Map.entry("env", ArgSpec.wrapper("-u", "--unset", "-C", "--chdir", "-S", "--split-string")),
      Map.entry("xargs", ArgSpec.wrapper("-a", "--arg-file", "-d", "--delimiter", "-E", "-I", "-L", "-n",
          "--max-args", "-P", "--max-procs", "-s", "--max-chars")),
      Map.entry("exec", ArgSpec.wrapper("-a")),
      Map.entry("nohup", ArgSpec.wrapper()),
      Map.entry("time", ArgSpec.wrapper("-f", "--format", "-o", "--output")),
      Map.entry("command", ArgSpec.wrapper()),
      Map.entry("nice", ArgSpec.wrapper("-n", "--adjustment")),
      Map.entry("stdbuf", ArgSpec.wrapper("-i", "--input", "-o", "--output", "-e", "--error")),
      Map.entry("timeout", ArgSpec.wrapper("-s", "--signal", "-k", "--kill-after")),
      Map.entry("gosu", ArgSpec.wrapper()),
      Map.entry("su-exec", ArgSpec.wrapper()),
      Map.entry("busybox", ArgSpec.wrapper()));

  private Invocations() {}

  static List<Invocation> collect(ShellScript script) {
    List<Invocation> out = new ArrayList<>();
    collect(script, new ScriptWalker.Context(script, false, false, false, Optional.empty()), List.of(), 0, out);
    out.sort(Comparator.comparing((Invocation i) -> i.command().range()));
    return List.copyOf(out);
  }

  private static void collect(ShellScript script, ScriptWalker.Context start, List<Wrapper> outerWrappers,
      int shellNesting, List<Invocation> out) {
    for (ScriptWalker.Visit visit : ScriptWalker.walk(script, start)) {
      if (visit.command() instanceof SimpleCommand simple && !simple.words().isEmpty()) {
        invocation(simple, visit.context(), outerWrappers, shellNesting, out);
      }
    }
  }

  private static void invocation(SimpleCommand simple, ScriptWalker.Context ctx, List<Wrapper> outerWrappers,
      int shellNesting, List<Invocation> out) {
    List<Word> argv = simple.words();
    List<Wrapper> wrappers = new ArrayList<>(outerWrappers);
    int i = 0;
    for (int level = 0; level < MAX_WRAPPERS; level++) {
      String name = basename(argv.get(i));
      int wrapped = wrappedCommandStart(name, argv, i, ctx.owner());
      if (wrapped < 0) {
        break;
      }
      List<Word> consumed = argv.subList(i, wrapped);
      wrappers.add(new Wrapper(name, consumed, span(consumed)));
      i = wrapped;
    }
    Word commandWord = argv.get(i);
    String name = basename(commandWord);
    List<Word> args = argv.subList(i + 1, argv.size());
    ArgParser.Parsed parsed = ArgParser.parse(args, CommandSpecs.forCommand(name), ctx.owner());

    Optional<NestedShell> nested = shellNesting < MAX_SHELL_NESTING && Shells.isPosix(name)
        ? nestedShell(name, argv, i, simple, ctx.owner(), shellNesting)
        : Optional.empty();
    out.add(new Invocation(name, commandWord, args, parsed.options(), parsed.positionals(), wrappers, simple,
        ctx.inCommandSubstitution(), ctx.failureMasked(), ctx.inCondition(), nested.map(NestedShell::script),
        ctx.owner()));
    if (nested.isPresent()) {
      List<Wrapper> inner = new ArrayList<>(wrappers);
      List<Word> shellWords = argv.subList(i, nested.get().scriptWordIndex());
      inner.add(new Wrapper(nested.get().wrapperName(), shellWords, span(shellWords)));
      ShellScript script = nested.get().script();
      // A new shell process: set options and subshell scopes start fresh, masking is inherited.
      ScriptWalker.Context start = new ScriptWalker.Context(script, ctx.inCommandSubstitution(),
          ctx.failureMasked(), ctx.inCondition(), Optional.empty());
      collect(script, start, inner, shellNesting + 1, out);
    }
  }

  /** Index of the command a wrapper runs, or -1 when {@code name} is not a wrapper or runs nothing. */
  private static int wrappedCommandStart(String name, List<Word> argv, int i, ShellScript owner) {
    ArgSpec spec = WRAPPER_SPECS.get(name);
    if (spec == null) {
      return -1;
    }
    List<Word> rest = argv.subList(i + 1, argv.size());
    ArgParser.Parsed parsed = ArgParser.parse(rest, spec, owner);
    int j = i + 1 + parsed.firstPositional();
    switch (name) {
      case "command" -> {
        // command -v/-V only looks the name up
        if (parsed.options().stream().anyMatch(o -> o.is("-v", "-V"))) {
          return -1;
        }
      }
      case "env", "sudo" -> {
        while (j < argv.size() && argv.get(j).literalValue().map(v -> ASSIGNMENT_WORD.matcher(v).matches()
            || (name.equals("env") && v.equals("-"))).orElse(false)) {
          j++;
        }
      }
      case "timeout", "gosu", "su-exec" -> j++; // the duration / the user
      default -> { }
    }
    return j < argv.size() ? j : -1;
  }

  private record NestedShell(ShellScript script, int scriptWordIndex, String wrapperName) {}

  /**
   * The script a shell runs: the literal argument after {@code -c}, or a here-document on stdin when
   * there is neither {@code -c} nor a script file.
   */
  private static Optional<NestedShell> nestedShell(String name, List<Word> argv, int i, SimpleCommand simple,
      ShellScript owner, int shellNesting) {
    boolean dashC = false;
    int j = i + 1;
    while (j < argv.size()) {
      Optional<String> lit = argv.get(j).literalValue();
      if (lit.isEmpty()) {
        break;
      }
      String v = lit.get();
      if (v.equals("--") || v.equals("-")) {
        j++;
        break;
      }
      if (v.equals("-o") || v.equals("+o") || v.equals("-O") || v.equals("+O")) {
        j += 2;
      } else if (v.startsWith("--")) {
        j++;
      } else if ((v.startsWith("-") || v.startsWith("+")) && v.length() > 1) {
        dashC |= v.indexOf('c') > 0;
        j += v.endsWith("o") ? 2 : 1;
      } else {
        break;
      }
    }
    if (dashC) {
      if (j >= argv.size()) {
        return Optional.empty();
      }
      int scriptIndex = j;
      return scriptOfWord(argv.get(j), owner, shellNesting).map(s -> new NestedShell(s, scriptIndex, name + " -c"));
    }
    if (j < argv.size()) {
      return Optional.empty(); // runs a script file
    }
    for (Redirection r : simple.redirections()) {
      if (r.hereDoc().isPresent() && (r.fileDescriptor().isEmpty() || r.fileDescriptor().equals("0"))
          && r.hereDoc().get().terminated() && owner.text().isPresent()) {
        LogicalText text = owner.text().get();
        SourceRange body = r.hereDoc().get().bodyRange();
        int from = LogicalIndex.of(text, body.startOffset());
        int to = LogicalIndex.of(text, body.endOffset());
        if (from >= 0 && to >= from) {
          return Optional.of(new NestedShell(ShellParser.parse(text.sub(from, to), shellNesting + 1),
              argv.size(), name + " <<"));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<ShellScript> scriptOfWord(Word word, ShellScript owner, int shellNesting) {
    if (owner.text().isPresent()) {
      return Dequote.literalText(owner.text().get(), word).map(t -> ShellParser.parse(t, shellNesting + 1));
    }
    Optional<SourceText> source = owner.execSource();
    if (source.isEmpty()) {
      return Optional.empty();
    }
    // Exec form: the JSON string maps character for character only when it has no escapes.
    SourceRange r = word.range();
    String value = word.raw();
    if (r.length() != value.length() + 2 || !source.get().slice(r).equals("\"" + value + "\"")) {
      return Optional.empty();
    }
    LogicalText text = LogicalText.of(source.get(), r.startOffset() + 1, r.endOffset() - 1);
    return Optional.of(ShellParser.parse(text, shellNesting + 1));
  }

  static String basename(Word word) {
    String value = word.literalValue().orElse("");
    int slash = value.lastIndexOf('/');
    return slash >= 0 ? value.substring(slash + 1) : value;
  }

  private static SourceRange span(List<Word> words) {
    return Parser.span(words.get(0).range(), words.get(words.size() - 1).range());
  }
}
