package dev.dockwright.shell;

import dev.dockwright.ast.SourceRange;
import java.util.List;
import java.util.Optional;

/** One piece of a shell word, in source order. Quoted pieces keep their inner structure. */
public sealed interface WordPart {

  SourceRange range();

  /** Unquoted text with no escapes, e.g. {@code foo} in {@code foo"bar"}; the only place a glob can come from. */
  record Literal(String value, SourceRange range) implements WordPart {}

  /** A backslash-escaped character, unquoted or inside double quotes: {@code \*} has value {@code *}. */
  record Escaped(String value, SourceRange range) implements WordPart {}

  /** {@code 'text'}: value is the text between the quotes. */
  record SingleQuoted(String value, SourceRange range) implements WordPart {}

  /** {@code $'text'}: value has the C escapes decoded. */
  record AnsiCQuoted(String value, SourceRange range) implements WordPart {}

  /** {@code "..."} (or bash's {@code $"..."}): inner parts are literals, escapes and expansions. */
  record DoubleQuoted(List<WordPart> parts, SourceRange range) implements WordPart {
    public DoubleQuoted {
      parts = List.copyOf(parts);
    }
  }

  /**
   * {@code $name}, {@code ${name}}, {@code ${name:-operand}}, {@code ${#name}}, {@code ${!name}}.
   *
   * @param name the parameter (including a {@code [index]} suffix for arrays), e.g. {@code HOME}, {@code 1}, {@code @}
   * @param prefix {@code "#"} for length, {@code "!"} for indirection, otherwise empty
   * @param operator the modifier such as {@code :-}, {@code %%}, {@code /}; empty when there is none
   * @param operand the word after the operator, when there is an operator
   */
  record ParameterExpansion(
      String name, String prefix, String operator, Optional<Word> operand, boolean braced, SourceRange range)
      implements WordPart {}

  /** How a command substitution is written. */
  enum SubstitutionKind {
    /** {@code $(...)} */
    DOLLAR_PAREN,
    /** {@code `...`} */
    BACKTICK,
    /** bash process substitution {@code <(...)} */
    PROCESS_INPUT,
    /** bash process substitution {@code >(...)} */
    PROCESS_OUTPUT
  }

  /** A command substitution; its script is parsed, with ranges pointing into the original source. */
  record CommandSubstitution(ShellScript script, SubstitutionKind kind, SourceRange range) implements WordPart {}

  /** {@code $((expression))}; the expression is kept as text. */
  record Arithmetic(String expression, SourceRange range) implements WordPart {}

  /** Text the recovery parser could not make sense of (an unterminated quote, nesting too deep). */
  record Malformed(String raw, SourceRange range) implements WordPart {}
}
