package dev.dockwright.parser;

import dev.dockwright.ast.ArgDeclaration;
import dev.dockwright.ast.Argument;
import dev.dockwright.ast.CommandLine;
import dev.dockwright.ast.Comment;
import dev.dockwright.ast.Directive;
import dev.dockwright.ast.Dockerfile;
import dev.dockwright.ast.Flag;
import dev.dockwright.ast.Heredoc;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.InstructionHead;
import dev.dockwright.ast.InstructionKind;
import dev.dockwright.ast.KeyValue;
import dev.dockwright.ast.LogicalText;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.ast.SourceText;
import dev.dockwright.ast.Token;
import dev.dockwright.parser.BuildkitSyntax.CommandSplit;
import dev.dockwright.parser.BuildkitSyntax.FlagSpan;
import dev.dockwright.parser.BuildkitSyntax.HeredocMarker;
import dev.dockwright.parser.BuildkitSyntax.JsonArray;
import dev.dockwright.parser.BuildkitSyntax.JsonStatus;
import dev.dockwright.parser.BuildkitSyntax.Span;
import dev.dockwright.parser.antlr.DockerfileLexer;
import dev.dockwright.parser.antlr.DockerfileParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Turns the ANTLR parse tree into the typed AST. Each instruction's tokens are joined into a logical line
 * (with the offset map back into the file) and its arguments are parsed the way BuildKit's line parsers
 * and instruction parsers read them; every problem becomes a diagnostic on the exact range, never an
 * exception, so the rest of the file still gets an AST.
 */
final class AstBuilder {
  private final SourceText source;
  private final CodePointOffsets offsets;
  private final char escape;
  private final List<SyntaxDiagnostic> diagnostics;

  private final List<Directive> directives = new ArrayList<>();
  private final List<Instruction> instructions = new ArrayList<>();
  private final List<Comment> comments = new ArrayList<>();
  private final List<SourceRange> blankLines = new ArrayList<>();

  AstBuilder(SourceText source, CodePointOffsets offsets, char escape, List<SyntaxDiagnostic> diagnostics) {
    this.source = source;
    this.offsets = offsets;
    this.escape = escape;
    this.diagnostics = diagnostics;
  }

  Dockerfile build(DockerfileParser.DockerfileContext tree, boolean bom) {
    for (DockerfileParser.LineContext line : tree.line()) {
      if (line.directive() != null) {
        directive(line.directive().DIRECTIVE().getSymbol());
      } else if (line.comment() != null) {
        comments.add(comment(line.comment().COMMENT().getSymbol()));
      } else if (line.blankLine() != null) {
        int lineNo = source.lineOf(start(line.blankLine().NEWLINE().getSymbol()));
        blankLines.add(source.range(source.lineStart(lineNo), source.lineEnd(lineNo)));
      } else if (line.instruction() != null) {
        instruction(line.instruction());
      }
    }
    if (instructions.isEmpty()) {
      diagnostics.add(SyntaxDiagnostic.error("no-instructions",
          source.text().isBlank() ? "the file is empty: a Dockerfile needs at least a `FROM` instruction"
              : "the file has no instructions, only comments: a Dockerfile needs at least a `FROM` instruction",
          source.range(0, 0)));
    }
    return new Dockerfile(source, directives, instructions, comments, blankLines, escape, bom);
  }

  // ------------------------------------------------------------------------------------------ lines

  private int start(org.antlr.v4.runtime.Token t) {
    return offsets.toChar(t.getStartIndex());
  }

  private int end(org.antlr.v4.runtime.Token t) {
    return offsets.toChar(t.getStopIndex() + 1);
  }

  /** End of a token's text without the line terminator it may include. */
  private int endWithoutNewline(org.antlr.v4.runtime.Token t) {
    int s = start(t);
    int e = end(t);
    while (e > s && (source.text().charAt(e - 1) == '\n' || source.text().charAt(e - 1) == '\r')) {
      e--;
    }
    return e;
  }

  private final Set<String> seenDirectives = new HashSet<>();

  private void directive(org.antlr.v4.runtime.Token t) {
    int s = start(t);
    int e = endWithoutNewline(t);
    int lead = BuildkitSyntax.skipGoSpace(source.text(), s, e);
    String text = source.text().substring(lead, e);
    Matcher m = LexerState.DIRECTIVE.matcher(text);
    if (!m.matches()) {
      comments.add(comment(t));
      return;
    }
    LogicalText lt = LogicalText.of(source, lead, e);
    Token name = Token.of(lt, m.start(1), m.end(1));
    Token value = Token.of(lt, m.start(2), m.end(2));
    String key = m.group(1).toLowerCase(Locale.ROOT);
    SourceRange range = source.range(s, e);
    if (!seenDirectives.add(key)) {
      diagnostics.add(SyntaxDiagnostic.error("duplicate-directive",
          "only one `# " + key + "=` parser directive is allowed; remove this one", range));
      comments.add(comment(t));
      return;
    }
    if (key.equals("escape") && !(value.text().equals("\\") || value.text().equals("`"))) {
      diagnostics.add(SyntaxDiagnostic.error("invalid-escape-directive",
          "invalid escape character `" + value.text() + "`: use `\\` or a backtick (`)", value.range()));
    }
    directives.add(new Directive(key, value.text(), name, value, range));
  }

  private Comment comment(org.antlr.v4.runtime.Token t) {
    int s = start(t);
    int e = endWithoutNewline(t);
    String text = source.text().substring(s, e);
    int hash = text.indexOf('#');
    int lead = BuildkitSyntax.skipGoSpace(text, 0, text.length());
    return new Comment(text.substring(hash + 1).strip(), source.range(s + lead, e));
  }

  // ----------------------------------------------------------------------------------- instructions

  private void instruction(DockerfileParser.InstructionContext ctx) {
    org.antlr.v4.runtime.Token kw = ctx.keyword().getStart();
    LogicalText.Builder b = new LogicalText.Builder(source);
    List<SourceRange> emptyLines = new ArrayList<>();
    List<Comment> contComments = new ArrayList<>();
    int instructionStart = start(kw);
    int contentEnd = start(kw);
    if (kw.getType() != DockerfileLexer.LINE_CONTINUATION) {
      b.append(start(kw), end(kw));
      contentEnd = end(kw);
    } else {
      contentEnd = endWithoutNewline(kw);
    }
    for (DockerfileParser.ArgumentContext arg : ctx.argument()) {
      org.antlr.v4.runtime.Token t = arg.getStart();
      switch (t.getType()) {
        case DockerfileLexer.ARG_TEXT -> {
          b.append(start(t), end(t));
          contentEnd = end(t);
        }
        case DockerfileLexer.LINE_CONTINUATION -> contentEnd = endWithoutNewline(t);
        case DockerfileLexer.CONT_COMMENT -> {
          Comment c = comment(t);
          contComments.add(c);
          contentEnd = c.range().endOffset();
        }
        case DockerfileLexer.EMPTY_CONT_LINE -> {
          int ls = start(t);
          int le = endWithoutNewline(t);
          emptyLines.add(source.range(ls, le));
          contentEnd = le;
        }
        default -> { }
      }
    }
    b.endAt(contentEnd);
    LogicalText line = b.build();

    List<HeredocMarker> markers = BuildkitSyntax.heredocMarkers(line.text(), escape);
    List<Heredoc> heredocs = new ArrayList<>();
    int instructionEnd = contentEnd;
    if (!markers.isEmpty()) {
      instructionEnd = heredocs(ctx, line, markers, heredocs, contentEnd);
    }
    SourceRange range = source.range(instructionStart, Math.max(instructionStart, instructionEnd));
    for (SourceRange empty : emptyLines) {
      diagnostics.add(SyntaxDiagnostic.warning("empty-continuation-line",
          "empty line inside a continued instruction: BuildKit warns it will become an error; remove it",
          empty));
    }
    Instruction previous = instructions.isEmpty() ? null : instructions.get(instructions.size() - 1);
    Instruction built = parseInstruction(line, range, emptyLines, contComments, heredocs, previous, 0);
    instructions.add(built);
  }

  /** Groups heredoc body tokens per marker; returns the end offset of the instruction. */
  private int heredocs(DockerfileParser.InstructionContext ctx, LogicalText line, List<HeredocMarker> markers,
      List<Heredoc> out, int contentEnd) {
    List<org.antlr.v4.runtime.Token> bodyTokens = new ArrayList<>();
    for (DockerfileParser.HeredocBodyContext body : ctx.heredocBody()) {
      for (int i = 0; i < body.getChildCount(); i++) {
        if (body.getChild(i) instanceof org.antlr.v4.runtime.tree.TerminalNode tn) {
          bodyTokens.add(tn.getSymbol());
        }
      }
    }
    int end = contentEnd;
    int idx = 0;
    int bodyStart = ctx.NEWLINE() != null ? end(ctx.NEWLINE().getSymbol()) : source.length();
    for (HeredocMarker m : markers) {
      Token marker = Token.of(line, m.start(), m.end());
      int firstLine = bodyStart;
      Optional<SourceRange> terminator = Optional.empty();
      int bodyEnd = firstLine;
      int lastLineEnd = marker.range().endOffset();
      while (idx < bodyTokens.size()) {
        org.antlr.v4.runtime.Token t = bodyTokens.get(idx++);
        if (t.getType() == DockerfileLexer.HEREDOC_END) {
          terminator = Optional.of(source.range(start(t), endWithoutNewline(t)));
          bodyStart = end(t);
          end = endWithoutNewline(t);
          break;
        }
        bodyEnd = end(t);
        end = endWithoutNewline(t);
        lastLineEnd = end;
      }
      if (terminator.isEmpty()) {
        diagnostics.add(SyntaxDiagnostic.error("unterminated-heredoc",
            "heredoc `" + m.name() + "` is never closed: add a line `" + m.name() + "` after its body",
            marker.range()));
        bodyStart = bodyEnd;
      }
      LogicalText body = LogicalText.of(source, firstLine, bodyEnd);
      SourceRange hr = source.range(marker.range().startOffset(),
          terminator.map(SourceRange::endOffset).orElse(lastLineEnd));
      out.add(new Heredoc(m.name(), m.expand(), m.chomp(), m.fileDescriptor(), marker, body, terminator, hr));
    }
    return end;
  }

  private Instruction parseInstruction(LogicalText line, SourceRange range, List<SourceRange> emptyLines,
      List<Comment> contComments, List<Heredoc> heredocs, Instruction previous, int depth) {
    String text = line.text();
    CommandSplit split = BuildkitSyntax.splitCommand(text);
    Token keyword = Token.of(line, split.keywordStart(), split.keywordEnd());
    InstructionKind kind = InstructionKind.ofKeyword(keyword.text());
    List<Flag> flags = new ArrayList<>();
    for (FlagSpan f : split.flags()) {
      flags.add(flag(line, f));
    }
    int as = split.argsStart();
    int ae = split.argsEnd();
    Optional<Token> args = as < ae ? Optional.of(Token.of(line, as, ae)) : Optional.empty();
    InstructionHead head = new InstructionHead(kind, keyword, flags, range, line, args, emptyLines, contComments);
    String kw = kind.keyword();
    return switch (kind) {
      case FROM -> from(head, line, as, ae);
      case RUN -> new Instruction.Run(head, commandLine(head, line, as, ae), heredocs);
      case CMD -> new Instruction.Cmd(head, requireCommand(head, commandLine(head, line, as, ae)));
      case ENTRYPOINT -> new Instruction.Entrypoint(head, requireCommand(head, commandLine(head, line, as, ae)));
      case SHELL -> shell(head, line, as, ae);
      case COPY -> {
        ListArgs la = listArgs(line, as, ae);
        requireTransferArgs(head, la, heredocs);
        yield new Instruction.Copy(head, la.args, la.json, heredocs);
      }
      case ADD -> {
        ListArgs la = listArgs(line, as, ae);
        requireTransferArgs(head, la, heredocs);
        yield new Instruction.Add(head, la.args, la.json, heredocs);
      }
      case VOLUME -> {
        ListArgs la = listArgs(line, as, ae);
        if (la.args.isEmpty()) {
          missing(head, "VOLUME requires at least one path, e.g. `VOLUME /data`");
        }
        yield new Instruction.Volume(head, la.args, la.json);
      }
      case ENV -> new Instruction.Env(head, keyValues(head, line, as, ae));
      case LABEL -> new Instruction.Label(head, keyValues(head, line, as, ae));
      case ARG -> arg(head, line, as, ae);
      case EXPOSE -> {
        List<Token> ports = words(line, as, ae);
        if (ports.isEmpty()) {
          missing(head, "EXPOSE requires at least one port, e.g. `EXPOSE 8080/tcp`");
        }
        yield new Instruction.Expose(head, ports);
      }
      case USER -> new Instruction.User(head, single(head, args, "a user, e.g. `USER app` or `USER 1000:1000`"));
      case WORKDIR -> new Instruction.Workdir(head, single(head, args, "a path, e.g. `WORKDIR /app`"));
      case STOPSIGNAL -> new Instruction.Stopsignal(head, single(head, args, "a signal, e.g. `STOPSIGNAL SIGTERM`"));
      case MAINTAINER -> new Instruction.Maintainer(head, single(head, args, "a name"));
      case HEALTHCHECK -> healthcheck(head, line, as, ae);
      case ONBUILD -> onbuild(head, line, as, ae, heredocs, depth);
      case UNKNOWN -> unknown(head, previous, kw);
    };
  }

  private Flag flag(LogicalText line, FlagSpan f) {
    Token whole = Token.of(line, f.start(), f.end());
    int nameEnd = f.rawEquals() >= 0 ? f.rawEquals() : f.end();
    Token name = Token.of(line, Math.min(f.start() + 2, nameEnd), nameEnd);
    Optional<Token> valueToken = f.rawEquals() >= 0
        ? Optional.of(Token.of(line, f.rawEquals() + 1, f.end())) : Optional.empty();
    return new Flag(f.name(), Optional.ofNullable(f.value()), name, valueToken, whole);
  }

  private void missing(InstructionHead head, String message) {
    diagnostics.add(SyntaxDiagnostic.error("missing-arguments", message, head.keyword().range()));
  }

  private Optional<Token> single(InstructionHead head, Optional<Token> args, String what) {
    if (args.isEmpty()) {
      missing(head, head.kind().keyword() + " requires " + what);
    }
    return args;
  }

  private List<Token> words(LogicalText line, int as, int ae) {
    List<Token> out = new ArrayList<>();
    for (Span s : BuildkitSyntax.splitWhitespace(line.text(), as, ae)) {
      out.add(Token.of(line, s.start(), s.end()));
    }
    return out;
  }

  private Instruction from(InstructionHead head, LogicalText line, int as, int ae) {
    List<Token> words = words(line, as, ae);
    Optional<Token> image = words.isEmpty() ? Optional.empty() : Optional.of(words.get(0));
    Optional<Token> asKw = Optional.empty();
    Optional<Token> stage = Optional.empty();
    if (words.isEmpty()) {
      missing(head, "FROM requires an image, e.g. `FROM debian:12-slim AS build`");
    } else if (words.size() == 3 && words.get(1).text().equalsIgnoreCase("as")) {
      asKw = Optional.of(words.get(1));
      stage = Optional.of(words.get(2));
    } else if (words.size() != 1) {
      Token extra = words.get(1);
      diagnostics.add(SyntaxDiagnostic.error("invalid-arguments",
          "FROM takes an image and an optional `AS name`; unexpected `" + extra.text() + "`", extra.range()));
      if (words.size() >= 2 && words.get(1).text().equalsIgnoreCase("as")) {
        asKw = Optional.of(words.get(1));
        if (words.size() >= 3) {
          stage = Optional.of(words.get(2));
        }
      }
    }
    return new Instruction.From(head, image, asKw, stage, words);
  }

  private Optional<CommandLine> commandLine(InstructionHead head, LogicalText line, int as, int ae) {
    if (as >= ae) {
      if (head.kind() == InstructionKind.RUN) {
        missing(head, "RUN requires a command");
      }
      return Optional.empty();
    }
    JsonArray json = BuildkitSyntax.parseJsonArray(line.text(), as, ae);
    if (json.status() == JsonStatus.OK) {
      List<Argument> args = new ArrayList<>();
      for (Span s : json.elements()) {
        args.add(new Argument(s.text(), Token.of(line, s.start(), s.end())));
      }
      return Optional.of(new CommandLine.ExecForm(args, line.range(as, ae)));
    }
    if (json.status() == JsonStatus.NOT_STRING_ARRAY) {
      notStringArray(line, json, ae);
    }
    return Optional.of(new CommandLine.ShellForm(line.sub(as, ae), line.range(as, ae)));
  }

  private void notStringArray(LogicalText line, JsonArray json, int ae) {
    int at = Math.min(json.errorIndex(), ae);
    int end = at;
    while (end < ae && line.text().charAt(end) != ',' && line.text().charAt(end) != ']') {
      end++;
    }
    diagnostics.add(SyntaxDiagnostic.error("invalid-json-array",
        "JSON array form takes strings only: quote this element", line.range(at, Math.max(end, at))));
  }

  private Optional<CommandLine> requireCommand(InstructionHead head, Optional<CommandLine> cmd) {
    if (cmd.isEmpty()) {
      missing(head, head.kind().keyword() + " requires a command");
    }
    return cmd;
  }

  private Instruction shell(InstructionHead head, LogicalText line, int as, int ae) {
    Optional<CommandLine> cmd = requireCommand(head, commandLine(head, line, as, ae));
    if (cmd.isPresent() && cmd.get() instanceof CommandLine.ShellForm sf) {
      diagnostics.add(SyntaxDiagnostic.error("shell-not-json",
          "SHELL requires a JSON array, e.g. `SHELL [\"/bin/bash\", \"-c\"]`", sf.range()));
    }
    return new Instruction.Shell(head, cmd);
  }

  private record ListArgs(List<Argument> args, boolean json) {}

  private ListArgs listArgs(LogicalText line, int as, int ae) {
    List<Argument> out = new ArrayList<>();
    JsonArray json = BuildkitSyntax.parseJsonArray(line.text(), as, ae);
    if (json.status() == JsonStatus.OK) {
      for (Span s : json.elements()) {
        out.add(new Argument(s.text(), Token.of(line, s.start(), s.end())));
      }
      return new ListArgs(out, true);
    }
    if (json.status() == JsonStatus.NOT_STRING_ARRAY) {
      notStringArray(line, json, ae);
    }
    for (Span s : BuildkitSyntax.splitWhitespace(line.text(), as, ae)) {
      out.add(new Argument(s.text(), Token.of(line, s.start(), s.end())));
    }
    return new ListArgs(out, false);
  }

  private void requireTransferArgs(InstructionHead head, ListArgs la, List<Heredoc> heredocs) {
    if (la.args.size() < 2 && !(heredocs.size() > 0 && la.args.size() >= 1)) {
      missing(head, head.kind().keyword() + " requires at least one source and a destination, e.g. `"
          + head.kind().keyword() + " src/ /app/`");
    }
  }

  private List<KeyValue> keyValues(InstructionHead head, LogicalText line, int as, int ae) {
    List<KeyValue> out = new ArrayList<>();
    String text = line.text();
    List<Span> words = BuildkitSyntax.parseWords(text, as, ae, escape);
    String kw = head.kind().keyword();
    if (words.isEmpty()) {
      missing(head, kw + " requires at least one `name=value` pair");
      return out;
    }
    if (!words.get(0).text().contains("=")) {
      int k = as;
      while (k < ae && !BuildkitSyntax.isSeparatorSpace(text.charAt(k))) {
        k++;
      }
      Token key = Token.of(line, as, k);
      if (k == ae) {
        diagnostics.add(SyntaxDiagnostic.error("key-value-syntax",
            kw + " `" + key.text() + "` has no value: write `" + kw + " " + key.text() + "=value`", key.range()));
        out.add(new KeyValue(key, Optional.empty(), true, key.range()));
        return out;
      }
      int vs = k;
      while (vs < ae && BuildkitSyntax.isSeparatorSpace(text.charAt(vs))) {
        vs++;
      }
      Token value = Token.of(line, vs, ae);
      out.add(new KeyValue(key, Optional.of(value), true, line.range(as, ae)));
      return out;
    }
    for (Span w : words) {
      int eq = w.text().indexOf('=');
      if (eq < 0) {
        diagnostics.add(SyntaxDiagnostic.error("key-value-syntax",
            kw + " expects `name=value` pairs; `" + w.text() + "` has no `=`", line.range(w.start(), w.end())));
        continue;
      }
      Token key = Token.of(line, w.start(), w.start() + eq);
      Token value = Token.of(line, w.start() + eq + 1, w.end());
      out.add(new KeyValue(key, Optional.of(value), false, line.range(w.start(), w.end())));
    }
    return out;
  }

  private Instruction arg(InstructionHead head, LogicalText line, int as, int ae) {
    List<ArgDeclaration> out = new ArrayList<>();
    for (Span w : BuildkitSyntax.parseWords(line.text(), as, ae, escape)) {
      Token word = Token.of(line, w.start(), w.end());
      int eq = w.text().indexOf('=');
      if (eq < 0) {
        out.add(new ArgDeclaration(word, Optional.empty(), word));
      } else {
        out.add(new ArgDeclaration(Token.of(line, w.start(), w.start() + eq),
            Optional.of(Token.of(line, w.start() + eq + 1, w.end())), word));
      }
    }
    if (out.isEmpty()) {
      missing(head, "ARG requires a name, e.g. `ARG VERSION=1.0`");
    }
    return new Instruction.Arg(head, out);
  }

  private Instruction healthcheck(InstructionHead head, LogicalText line, int as, int ae) {
    if (as >= ae) {
      missing(head, "HEALTHCHECK requires `NONE` or `CMD command`");
      return new Instruction.Healthcheck(head, Optional.empty(), Optional.empty());
    }
    String text = line.text();
    int sep = as;
    while (sep < ae && !BuildkitSyntax.isGoSpace(text.charAt(sep))) {
      sep++;
    }
    int next = BuildkitSyntax.skipGoSpace(text, sep, ae);
    Token type = Token.of(line, as, sep);
    Optional<CommandLine> cmd = next < ae ? commandLine(head, line, next, ae) : Optional.empty();
    String upper = type.text().toUpperCase(Locale.ROOT);
    if (upper.equals("NONE")) {
      if (cmd.isPresent()) {
        diagnostics.add(SyntaxDiagnostic.error("invalid-arguments",
            "HEALTHCHECK NONE takes no command; remove it", cmd.get().range()));
      }
    } else if (upper.equals("CMD")) {
      if (cmd.isEmpty()) {
        diagnostics.add(SyntaxDiagnostic.error("missing-arguments",
            "HEALTHCHECK CMD requires a command, e.g. `HEALTHCHECK CMD curl -f http://localhost/`", type.range()));
      }
    } else {
      diagnostics.add(SyntaxDiagnostic.error("invalid-arguments",
          "unknown HEALTHCHECK type `" + type.text() + "`: use `CMD` or `NONE`", type.range()));
    }
    return new Instruction.Healthcheck(head, Optional.of(type), cmd);
  }

  private static final int MAX_ONBUILD_DEPTH = 8;

  private Instruction onbuild(InstructionHead head, LogicalText line, int as, int ae, List<Heredoc> heredocs,
      int depth) {
    if (as >= ae) {
      missing(head, "ONBUILD requires an instruction, e.g. `ONBUILD RUN make`");
      return new Instruction.Onbuild(head, Optional.empty());
    }
    if (depth >= MAX_ONBUILD_DEPTH) {
      return new Instruction.Onbuild(head, Optional.empty());
    }
    LogicalText inner = line.sub(as, ae);
    SourceRange innerRange = source.range(inner.range(0, inner.length()).startOffset(),
        Math.max(head.range().endOffset(), inner.range(0, inner.length()).startOffset()));
    Instruction trigger = parseInstruction(inner, innerRange, List.of(), List.of(), heredocs, null, depth + 1);
    return new Instruction.Onbuild(head, Optional.of(trigger));
  }

  private Instruction unknown(InstructionHead head, Instruction previous, String kw) {
    String word = head.keyword().text();
    String message;
    if (word.isEmpty()) {
      message = "line continuation with no instruction: remove the lone `" + escape + "`";
    } else {
      message = "unknown instruction `" + word + "`";
      if (previous != null && ContinuationHint.previousLooksUnfinished(previous, word)) {
        message += ": the previous line probably lacks a line continuation (`" + escape + "` at its end)";
      } else {
        String suggestion = ContinuationHint.nearestKeyword(word);
        if (suggestion != null) {
          message += ": did you mean `" + suggestion + "`?";
        }
      }
    }
    diagnostics.add(SyntaxDiagnostic.error("unknown-instruction", message, head.range()));
    return new Instruction.Unknown(head);
  }
}
