/*
 * The line structure of a Dockerfile: directives, comments, blank lines and instructions with their
 * continuation lines and heredoc bodies. Every input lexes and parses (the lexer is total), so syntax
 * errors of instructions are found by the AST builder, which parses arguments the way BuildKit does.
 */
parser grammar DockerfileParser;

options {
  tokenVocab = DockerfileLexer;
}

dockerfile
  : line* EOF
  ;

line
  : directive
  | comment
  | instruction
  | blankLine
  ;

directive
  : DIRECTIVE NEWLINE?
  ;

comment
  : COMMENT NEWLINE?
  ;

blankLine
  : NEWLINE
  ;

instruction
  : keyword argument* NEWLINE? heredocBody*
  ;

keyword
  : FROM | RUN | CMD | LABEL | MAINTAINER | EXPOSE | ENV | ADD | COPY | ENTRYPOINT | VOLUME | USER
  | WORKDIR | ARG | ONBUILD | STOPSIGNAL | HEALTHCHECK | SHELL | UNKNOWN_INSTRUCTION | LINE_CONTINUATION
  ;

argument
  : ARG_TEXT
  | LINE_CONTINUATION
  | CONT_COMMENT
  | EMPTY_CONT_LINE
  ;

heredocBody
  : HEREDOC_LINE* HEREDOC_END
  | HEREDOC_LINE+
  ;
