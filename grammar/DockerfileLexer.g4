/*
 * Lexer for the Dockerfile language as BuildKit's frontend reads it.
 *
 * The language is line oriented and its line continuation character is chosen by a parser directive
 * (`# escape=\` or `# escape=``), so the lexer keeps that state in members and decides continuations with
 * semantic predicates. Modes follow the physical structure of a file:
 *   DEFAULT_MODE  the start of a line outside an instruction: directives, comments, blank lines, keywords
 *   ARGS          the rest of an instruction's line
 *   CONT          the start of a physical line that continues an instruction (comment and empty lines
 *                 there are dropped by BuildKit, so they get tokens of their own)
 *   HEREDOC       the body lines of heredocs announced by the instruction that just ended
 * Instruction arguments stay as text tokens here; the AST builder joins them into a logical line (with an
 * exact offset map) and parses them the way BuildKit's per-instruction line parsers do.
 */
lexer grammar DockerfileLexer;

options {
  caseInsensitive = true;
}

tokens {
  HEREDOC_END
}

@header {
import dev.dockwright.parser.LexerState;
}

@members {
  private final LexerState state = new LexerState();

  public LexerState state() {
    return state;
  }

  /**
   * Evaluated just after the escape character was matched (ANTLR evaluates a predicate inside a rule with
   * the input past the character that led to it): that character opens a continuation unless the one
   * before it is an escape too. Not placing the predicate at the very start of the rule keeps each mode's
   * start state free of predicates, so the lexer can cache it in its DFA instead of simulating the ATN for
   * the first character of every token.
   */
  private boolean escapeOpensContinuation() {
    return state.isEscape(_input.LA(-1)) && !state.isEscape(_input.LA(-2));
  }

  private boolean atEof() {
    return _input.LA(1) == EOF;
  }

  @Override
  public org.antlr.v4.runtime.Token emit() {
    org.antlr.v4.runtime.Token t = super.emit();
    state.onToken(t.getType(), t.getText());
    return t;
  }
}

// ---------------------------------------------------------------- DEFAULT_MODE: line starts
DIRECTIVE
  : SPACE* '#' {state.directivesOpen()}? SPACE* [a-z] [a-z0-9]* SPACE* '=' ~[\n]*
    { if (!state.acceptDirective(getText())) setType(COMMENT); }
  ;

COMMENT : SPACE* '#' ~[\n]* { state.onComment(); } ;

NEWLINE : '\n' { state.onLineEnd(); } ;

WS : SPACE+ -> channel(HIDDEN) ;

FROM        : 'from'        { state.onKeyword(getText()); } -> mode(ARGS) ;
RUN         : 'run'         { state.onKeyword(getText()); } -> mode(ARGS) ;
CMD         : 'cmd'         { state.onKeyword(getText()); } -> mode(ARGS) ;
LABEL       : 'label'       { state.onKeyword(getText()); } -> mode(ARGS) ;
MAINTAINER  : 'maintainer'  { state.onKeyword(getText()); } -> mode(ARGS) ;
EXPOSE      : 'expose'      { state.onKeyword(getText()); } -> mode(ARGS) ;
ENV         : 'env'         { state.onKeyword(getText()); } -> mode(ARGS) ;
ADD         : 'add'         { state.onKeyword(getText()); } -> mode(ARGS) ;
COPY        : 'copy'        { state.onKeyword(getText()); } -> mode(ARGS) ;
ENTRYPOINT  : 'entrypoint'  { state.onKeyword(getText()); } -> mode(ARGS) ;
VOLUME      : 'volume'      { state.onKeyword(getText()); } -> mode(ARGS) ;
USER        : 'user'        { state.onKeyword(getText()); } -> mode(ARGS) ;
WORKDIR     : 'workdir'     { state.onKeyword(getText()); } -> mode(ARGS) ;
ARG         : 'arg'         { state.onKeyword(getText()); } -> mode(ARGS) ;
ONBUILD     : 'onbuild'     { state.onKeyword(getText()); } -> mode(ARGS) ;
STOPSIGNAL  : 'stopsignal'  { state.onKeyword(getText()); } -> mode(ARGS) ;
HEALTHCHECK : 'healthcheck' { state.onKeyword(getText()); } -> mode(ARGS) ;
SHELL       : 'shell'       { state.onKeyword(getText()); } -> mode(ARGS) ;

// A line that opens with a continuation (`\` alone): BuildKit joins it with the next line.
START_CONTINUATION
  : ESCAPE_CHAR {escapeOpensContinuation()}? HSPACE* '\r'* ('\n' | {atEof()}?)
    { state.onKeyword(""); } -> type(LINE_CONTINUATION), mode(CONT)
  ;

// Anything else that starts an instruction: kept, reported as unknown by the AST builder.
UNKNOWN_INSTRUCTION
  : ((~[ \t\u000B\f\r\n\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\\`])+ | ESCAPE_CHAR)
    { state.onKeyword(getText()); } -> mode(ARGS)
  ;

// ---------------------------------------------------------------- ARGS: rest of an instruction line
mode ARGS;

LINE_CONTINUATION
  : ESCAPE_CHAR {escapeOpensContinuation()}? HSPACE* '\r'* ('\n' | {atEof()}?) -> mode(CONT)
  ;

ARG_TEXT : (~[\n\r\\`])+ ;

ARG_ESCAPE_CHAR : ESCAPE_CHAR -> type(ARG_TEXT) ;

ARG_CR : '\r'+ -> type(ARG_TEXT) ;

// BuildKit trims carriage returns at the end of the last line of a file.
ARG_TRAILING_CR : '\r'+ {atEof()}? -> channel(HIDDEN) ;

ARGS_NEWLINE : '\r'* '\n' { if (state.onInstructionEnd()) mode(HEREDOC); else mode(DEFAULT_MODE); } -> type(NEWLINE) ;

// ---------------------------------------------------------------- CONT: start of a continuation line
mode CONT;

CONT_COMMENT : SPACE* '#' ~[\n]* '\n'? ;

EMPTY_CONT_LINE : SPACE* '\n' | SPACE+ {atEof()}? ;

CONT_LINE_CONTINUATION
  : ESCAPE_CHAR {escapeOpensContinuation()}? HSPACE* '\r'* ('\n' | {atEof()}?) -> type(LINE_CONTINUATION)
  ;

CONT_TEXT : ~[\n] -> type(ARG_TEXT), mode(ARGS) ;

// ---------------------------------------------------------------- HEREDOC: body lines
mode HEREDOC;

HEREDOC_LINE
  : (~[\n])* '\n' { if (state.isHeredocTerminator(getText())) { setType(HEREDOC_END); if (!state.hasPendingHeredoc()) mode(DEFAULT_MODE); } }
  | (~[\n])+ { if (state.isHeredocTerminator(getText())) { setType(HEREDOC_END); if (!state.hasPendingHeredoc()) mode(DEFAULT_MODE); } }
  ;

// ---------------------------------------------------------------- fragments
// Go's unicode.IsSpace without the newline: what BuildKit trims around lines and words.
fragment SPACE : [ \t\u000B\f\r\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000] ;
fragment HSPACE : [ \t] ;
fragment ESCAPE_CHAR : [\\`] ;
