package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * One executed simple command after unwrapping ({@code sudo -E apt-get install x} is an {@code apt-get}
 * invocation with a {@code sudo} wrapper).
 *
 * @param name the basename of the command word ({@code /usr/bin/apt-get} gives {@code apt-get}); empty
 *     when the command name is computed at run time ({@code $PM install})
 * @param args the words after the command word, options included
 * @param options the options in {@code args}, parsed with what is known about the command (which options
 *     take a value); {@code --} ends options
 * @param positionals the non-option words of {@code args}, in order
 * @param wrappers the commands this one was found through, outermost first
 * @param command the simple command the words belong to (for {@code sh -c 'a'}, the one inside the script)
 * @param inCommandSubstitution found inside {@code $(...)}, backquotes or a process substitution
 * @param failureMasked its failure cannot fail the build: it is followed by {@code || true} or {@code || :},
 *     directly or through an enclosing group, subshell or {@code sh -c}
 * @param inCondition it is an {@code if}/{@code while}/{@code until} condition or negated with {@code !}
 * @param nestedScript for a shell ({@code sh -c '...'}, {@code bash <<EOF}) whose script is literal: the
 *     parsed script, whose invocations are also part of the enclosing script's list
 * @param script the script whose text contains this command
 */
public record Invocation(
    String name,
    Word commandWord,
    List<Word> args,
    List<Option> options,
    List<Word> positionals,
    List<Wrapper> wrappers,
    SimpleCommand command,
    boolean inCommandSubstitution,
    boolean failureMasked,
    boolean inCondition,
    Optional<ShellScript> nestedScript,
    ShellScript script) {

  public Invocation {
    args = List.copyOf(args);
    options = List.copyOf(options);
    positionals = List.copyOf(positionals);
    wrappers = List.copyOf(wrappers);
  }

  /** From the command word to the last argument (wrappers and assignments excluded). */
  public SourceRange range() {
    return args.isEmpty()
        ? commandWord.range()
        : Parser.span(commandWord.range(), args.get(args.size() - 1).range());
  }

  public boolean hasOption(String... flags) {
    return options.stream().anyMatch(o -> o.is(flags));
  }

  public Optional<Option> option(String... flags) {
    return options.stream().filter(o -> o.is(flags)).findFirst();
  }

  public boolean hasWrapper(String wrapperName) {
    return wrappers.stream().anyMatch(w -> w.name().equals(wrapperName));
  }

  /** The literal value of positional {@code index}, if there is one and it has no expansion. */
  public Optional<String> positionalValue(int index) {
    return index < positionals.size() ? positionals.get(index).literalValue() : Optional.empty();
  }
}
