package dev.dockwright.shell;

import dev.dockwright.ast.LogicalText;
import dev.dockwright.ast.SourceRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Strict recursive-descent parser for POSIX sh plus the bash constructs common in Dockerfiles. It throws
 * {@link ShellSyntaxError} on the first problem; {@link ShellParser} then falls back to {@link RecoveryParser}.
 *
 * <p>Shell lexing depends on the grammar position (keywords only count in command position, {@code )}
 * closes a case pattern or a subshell), so the parser reads characters directly instead of a token stream.
 * It never backtracks over words, so nested substitutions cost linear time.
 *
 * <p>Here-document bodies start after the next newline token, long after the redirection record was
 * built. Rather than mutate records, a script with here-documents is parsed twice: the first pass
 * records every body by the offset of its {@code <<} operator, the second builds the redirections with them.
 */
final class Parser {
  static final int MAX_DEPTH = 200;

  private static final String[] REDIRECTION_OPERATORS = {
    "&>>", "&>", "<<<", "<<-", "<<", "<>", "<&", "<", ">>", ">&", ">|", ">"
  };
  private static final String[] PARAMETER_OPERATORS = {
    ":-", ":=", ":?", ":+", "-", "=", "?", "+", "%%", "%", "##", "#", "//", "/#", "/%", "/", "^^", "^", ",,", ",",
    ":", "@"
  };
  private static final String[] LIST_CLOSERS = {"then", "elif", "else", "fi", "do", "done", "esac", "}"};

  private final LogicalText text;
  private final String s;
  private final int n;
  private final Map<Integer, HereDocBody> knownBodies;
  private final Map<Integer, HereDocBody> foundBodies = new HashMap<>();
  private final List<PendingHereDoc> pending = new ArrayList<>();
  private int depth;
  private int pos;

  private record HereDocBody(String body, int bodyStart, int bodyEnd, boolean terminated) {}

  private record PendingHereDoc(int key, String delimiter, boolean stripsTabs) {}

  private enum WordMode {
    /** Ends at blanks and shell operators. */
    COMMAND,
    /** Inside {@code ${name op ...}}: ends at an unquoted {@code }}, blanks are literal. */
    BRACE_OPERAND
  }

  private Parser(LogicalText text, int depth, Map<Integer, HereDocBody> knownBodies) {
    this.text = text;
    this.s = text.text();
    this.n = s.length();
    this.depth = depth;
    this.knownBodies = knownBodies;
  }

  /** Parses a whole script or throws; {@code depth} is the nesting level the script starts at. */
  static List<Statement> parseStrict(LogicalText text, int depth) {
    Parser first = new Parser(text, depth, Map.of());
    List<Statement> statements = first.parseProgram();
    if (first.foundBodies.isEmpty()) {
      return statements;
    }
    return new Parser(text, depth, Map.copyOf(first.foundBodies)).parseProgram();
  }

  /** Parses text that must be exactly one word (used by recovery for each word it found). */
  static Word parseSingleWord(LogicalText text, int depth) {
    Parser p = new Parser(text, depth, Map.of());
    Word w = p.parseWord(WordMode.COMMAND);
    if (w == null || p.pos != p.n) {
      throw p.error("not a single word", 0, p.n);
    }
    return w;
  }

  // ---------------------------------------------------------------- lists

  private List<Statement> parseProgram() {
    List<Statement> list = parseStatementList();
    skipLinebreaks();
    if (pos < n) {
      throw unexpected();
    }
    return list;
  }

  private List<Statement> parseStatementList() {
    List<Statement> list = new ArrayList<>();
    while (true) {
      skipLinebreaks();
      if (pos >= n || atListEnd()) {
        return list;
      }
      Command command = parseAndOr();
      skipBlanks();
      Operator terminator = null;
      if (pos < n) {
        char c = s.charAt(pos);
        if (c == ';' && !startsWith(";;") && !startsWith(";&")) {
          terminator = operator(";");
        } else if (c == '&' && !startsWith("&&")) {
          terminator = operator("&");
        } else if (c == '\n') {
          terminator = new Operator("\n", text.range(pos, pos + 1));
          consumeNewline();
        }
      }
      list.add(new Statement(command, Optional.ofNullable(terminator), command.range()));
      if (terminator == null) {
        return list;
      }
    }
  }

  private boolean atListEnd() {
    if (pos >= n) {
      return true;
    }
    char c = s.charAt(pos);
    if (c == ')' || startsWith(";;") || startsWith(";&")) {
      return true;
    }
    for (String closer : LIST_CLOSERS) {
      if (keywordAt(closer)) {
        return true;
      }
    }
    return false;
  }

  private Command parseAndOr() {
    Command first = parsePipeline();
    List<Command> commands = new ArrayList<>();
    List<Operator> operators = new ArrayList<>();
    commands.add(first);
    while (true) {
      skipBlanks();
      if (startsWith("&&") || startsWith("||")) {
        operators.add(operator(s.substring(pos, pos + 2)));
        skipLinebreaks();
        commands.add(parsePipeline());
      } else {
        break;
      }
    }
    if (commands.size() == 1) {
      return first;
    }
    return new AndOrList(commands, operators, span(first.range(), commands.get(commands.size() - 1).range()));
  }

  private Command parsePipeline() {
    skipBlanks();
    int start = pos;
    boolean negated = false;
    if (keywordAt("!")) {
      negated = true;
      pos++;
    }
    Command first = parseCommand();
    List<Command> commands = new ArrayList<>();
    List<Operator> operators = new ArrayList<>();
    commands.add(first);
    while (true) {
      skipBlanks();
      if (pos < n && s.charAt(pos) == '|' && !startsWith("||")) {
        operators.add(operator(startsWith("|&") ? "|&" : "|"));
        skipLinebreaks();
        commands.add(parseCommand());
      } else {
        break;
      }
    }
    if (commands.size() == 1 && !negated) {
      return first;
    }
    SourceRange last = commands.get(commands.size() - 1).range();
    SourceRange range = negated ? span(text.range(start, start + 1), last) : span(first.range(), last);
    return new Pipeline(negated, commands, operators, range);
  }

  // ---------------------------------------------------------------- commands

  private Command parseCommand() {
    enter();
    try {
      skipBlanks();
      if (pos >= n) {
        throw error("expected a command, found end of script", pos, pos);
      }
      char c = s.charAt(pos);
      if (c == '(') {
        if (startsWith("((")) {
          Command arithmetic = tryArithmeticCommand();
          if (arithmetic != null) {
            return arithmetic;
          }
        }
        return parseSubshell();
      }
      if (keywordAt("{")) {
        return parseBraceGroup();
      }
      if (keywordAt("if")) {
        return parseIf();
      }
      if (keywordAt("for")) {
        return parseFor(3);
      }
      if (keywordAt("select")) {
        return parseFor(6);
      }
      if (keywordAt("while")) {
        return parseWhile(false);
      }
      if (keywordAt("until")) {
        return parseWhile(true);
      }
      if (keywordAt("case")) {
        return parseCase();
      }
      if (keywordAt("function")) {
        return parseFunctionKeyword();
      }
      if (keywordAt("[[")) {
        return parseTestCommand();
      }
      if (atListEnd()) {
        throw unexpected("expected a command");
      }
      return parseSimpleCommand();
    } finally {
      depth--;
    }
  }

  private Command parseSimpleCommand() {
    int start = pos;
    List<Assignment> assignments = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    List<Redirection> redirections = new ArrayList<>();
    SourceRange last = null;
    while (true) {
      skipBlanks();
      if (pos >= n) {
        break;
      }
      if (atRedirection()) {
        Redirection r = parseRedirection();
        redirections.add(r);
        last = r.range();
        continue;
      }
      char c = s.charAt(pos);
      if (c == '(' && !isProcessSubstitutionStart()) {
        if (words.size() == 1 && assignments.isEmpty() && redirections.isEmpty() && isName(words.get(0).raw())) {
          return parseFunctionBody(words.get(0), start);
        }
        throw unexpected();
      }
      if (isOperatorChar(c) && !isProcessSubstitutionStart()) {
        break;
      }
      if (words.isEmpty() && assignmentAt()) {
        Assignment a = parseAssignment();
        assignments.add(a);
        last = a.range();
        continue;
      }
      Word w = parseWord(WordMode.COMMAND);
      if (w == null) {
        throw unexpected();
      }
      words.add(w);
      last = w.range();
    }
    if (last == null) {
      throw unexpected("expected a command");
    }
    return new SimpleCommand(assignments, words, redirections, span(text.range(start, start), last));
  }

  private FunctionDefinition parseFunctionBody(Word name, int start) {
    pos++; // (
    skipBlanks();
    if (pos >= n || s.charAt(pos) != ')') {
      throw unexpected("expected `)` in function definition");
    }
    pos++;
    skipLinebreaks();
    Command body = parseCommand();
    return new FunctionDefinition(name.raw(), name.range(), body, span(text.range(start, start), body.range()));
  }

  private Command parseFunctionKeyword() {
    int start = pos;
    pos += "function".length();
    skipBlanks();
    int nameStart = pos;
    while (pos < n && !isWordDelimiterAt(pos)) {
      pos++;
    }
    if (pos == nameStart) {
      throw unexpected("expected a function name");
    }
    String name = s.substring(nameStart, pos);
    SourceRange nameRange = text.range(nameStart, pos);
    skipBlanks();
    if (startsWith("(")) {
      pos++;
      skipBlanks();
      if (pos >= n || s.charAt(pos) != ')') {
        throw unexpected("expected `)` in function definition");
      }
      pos++;
    }
    skipLinebreaks();
    Command body = parseCommand();
    return new FunctionDefinition(name, nameRange, body, span(text.range(start, start), body.range()));
  }

  private Command tryArithmeticCommand() {
    int start = pos;
    int close = findArithmeticEnd(pos + 2);
    if (close < 0) {
      return null;
    }
    String expression = s.substring(start + 2, close);
    pos = close + 2;
    List<Redirection> redirections = trailingRedirections();
    return new ArithmeticCommand(expression, redirections, rangeTo(start, redirections));
  }

  private Command parseSubshell() {
    int start = pos;
    pos++;
    List<Statement> body = parseStatementList();
    requireNonEmpty(body, "(", start);
    skipLinebreaks();
    if (pos >= n || s.charAt(pos) != ')') {
      throw closing("`)` to close `(`", start, 1);
    }
    pos++;
    List<Redirection> redirections = trailingRedirections();
    return new Subshell(body, redirections, rangeTo(start, redirections));
  }

  private Command parseBraceGroup() {
    int start = pos;
    pos++;
    List<Statement> body = parseStatementList();
    requireNonEmpty(body, "{", start);
    expectKeyword("}", "{", start);
    List<Redirection> redirections = trailingRedirections();
    return new BraceGroup(body, redirections, rangeTo(start, redirections));
  }

  private Command parseIf() {
    int start = pos;
    pos += 2;
    List<IfCommand.Branch> branches = new ArrayList<>();
    List<Statement> condition = parseStatementList();
    requireNonEmpty(condition, "if", start);
    expectKeyword("then", "if", start);
    List<Statement> body = parseStatementList();
    requireNonEmpty(body, "then", start);
    branches.add(new IfCommand.Branch(condition, body));
    List<Statement> elseBody = List.of();
    while (true) {
      skipLinebreaks();
      if (keywordAt("elif")) {
        int elifStart = pos;
        pos += 4;
        List<Statement> elifCondition = parseStatementList();
        requireNonEmpty(elifCondition, "elif", elifStart);
        expectKeyword("then", "elif", elifStart);
        List<Statement> elifBody = parseStatementList();
        requireNonEmpty(elifBody, "then", elifStart);
        branches.add(new IfCommand.Branch(elifCondition, elifBody));
      } else if (keywordAt("else")) {
        int elseStart = pos;
        pos += 4;
        elseBody = parseStatementList();
        requireNonEmpty(elseBody, "else", elseStart);
        break;
      } else {
        break;
      }
    }
    expectKeyword("fi", "if", start);
    List<Redirection> redirections = trailingRedirections();
    return new IfCommand(branches, elseBody, redirections, rangeTo(start, redirections));
  }

  private Command parseFor(int keywordLength) {
    int start = pos;
    pos += keywordLength;
    skipBlanks();
    if (keywordLength == 3 && startsWith("((")) {
      int close = findArithmeticEnd(pos + 2);
      if (close < 0) {
        throw closing("`))` to close `for ((`", pos, 2);
      }
      String header = s.substring(pos + 2, close);
      pos = close + 2;
      skipBlanks();
      if (startsWith(";")) {
        pos++;
      }
      List<Statement> body = parseDoGroup(start);
      List<Redirection> redirections = trailingRedirections();
      return new ArithmeticForCommand(header, body, redirections, rangeTo(start, redirections));
    }
    int nameStart = pos;
    while (pos < n && isNameChar(s.charAt(pos))) {
      pos++;
    }
    if (pos == nameStart || !isName(s.substring(nameStart, pos))) {
      throw unexpected("expected a variable name after `for`");
    }
    String variable = s.substring(nameStart, pos);
    SourceRange variableRange = text.range(nameStart, pos);
    skipLinebreaks();
    boolean hasIn = false;
    List<Word> items = new ArrayList<>();
    if (keywordAt("in")) {
      hasIn = true;
      pos += 2;
      while (true) {
        skipBlanks();
        if (pos >= n || s.charAt(pos) == ';' || s.charAt(pos) == '\n') {
          break;
        }
        Word w = parseWord(WordMode.COMMAND);
        if (w == null) {
          throw unexpected();
        }
        items.add(w);
      }
    }
    skipBlanks();
    if (startsWith(";")) {
      pos++;
    }
    List<Statement> body = parseDoGroup(start);
    List<Redirection> redirections = trailingRedirections();
    return new ForCommand(variable, variableRange, hasIn, items, body, redirections, rangeTo(start, redirections));
  }

  private List<Statement> parseDoGroup(int loopStart) {
    skipLinebreaks();
    if (!keywordAt("do")) {
      throw unexpected("expected `do`");
    }
    int doStart = pos;
    pos += 2;
    List<Statement> body = parseStatementList();
    requireNonEmpty(body, "do", doStart);
    expectKeyword("done", "do", loopStart);
    return body;
  }

  private Command parseWhile(boolean until) {
    int start = pos;
    pos += 5;
    List<Statement> condition = parseStatementList();
    requireNonEmpty(condition, until ? "until" : "while", start);
    List<Statement> body = parseDoGroup(start);
    List<Redirection> redirections = trailingRedirections();
    return new WhileCommand(until, condition, body, redirections, rangeTo(start, redirections));
  }

  private Command parseCase() {
    int start = pos;
    pos += 4;
    skipBlanks();
    Word subject = parseWord(WordMode.COMMAND);
    if (subject == null) {
      throw unexpected("expected a word after `case`");
    }
    skipLinebreaks();
    if (!keywordAt("in")) {
      throw unexpected("expected `in`");
    }
    pos += 2;
    List<CaseCommand.Item> items = new ArrayList<>();
    while (true) {
      skipLinebreaks();
      if (keywordAt("esac")) {
        pos += 4;
        break;
      }
      if (pos >= n) {
        throw closing("`esac` to close `case`", start, 4);
      }
      int itemStart = pos;
      if (s.charAt(pos) == '(') {
        pos++;
      }
      List<Word> patterns = new ArrayList<>();
      while (true) {
        skipBlanks();
        Word pattern = parseWord(WordMode.COMMAND);
        if (pattern == null) {
          throw unexpected("expected a case pattern");
        }
        patterns.add(pattern);
        skipBlanks();
        if (pos < n && s.charAt(pos) == '|') {
          pos++;
        } else {
          break;
        }
      }
      if (pos >= n || s.charAt(pos) != ')') {
        throw unexpected("expected `)` after case pattern");
      }
      pos++;
      int patternsEnd = pos;
      List<Statement> body = parseStatementList();
      skipLinebreaks();
      String terminator = "";
      for (String t : new String[] {";;&", ";;", ";&"}) {
        if (startsWith(t)) {
          terminator = t;
          break;
        }
      }
      SourceRange itemRange;
      if (!terminator.isEmpty()) {
        pos += terminator.length();
        itemRange = text.range(itemStart, pos);
      } else if (!body.isEmpty()) {
        itemRange = span(text.range(itemStart, itemStart), body.get(body.size() - 1).range());
      } else {
        itemRange = text.range(itemStart, patternsEnd);
      }
      items.add(new CaseCommand.Item(patterns, body, terminator, itemRange));
      if (terminator.isEmpty()) {
        expectKeyword("esac", "case", start);
        break;
      }
    }
    List<Redirection> redirections = trailingRedirections();
    return new CaseCommand(subject, items, redirections, rangeTo(start, redirections));
  }

  /** bash {@code [[ ... ]]}: inside it {@code < > ( ) && ||} are operands, so it gets its own loop. */
  private Command parseTestCommand() {
    int start = pos;
    List<Word> words = new ArrayList<>();
    words.add(literalWord(pos, pos + 2));
    pos += 2;
    while (true) {
      skipLinebreaks();
      if (pos >= n) {
        throw closing("`]]` to close `[[`", start, 2);
      }
      if (keywordAt("]]")) {
        words.add(literalWord(pos, pos + 2));
        pos += 2;
        break;
      }
      if (startsWith("&&") || startsWith("||")) {
        words.add(literalWord(pos, pos + 2));
        pos += 2;
        continue;
      }
      if ("()<>&|;".indexOf(s.charAt(pos)) >= 0) {
        words.add(literalWord(pos, pos + 1));
        pos++;
        continue;
      }
      Word w = parseWord(WordMode.COMMAND);
      words.add(w != null ? w : literalWord(pos, ++pos));
    }
    List<Redirection> redirections = trailingRedirections();
    return new SimpleCommand(List.of(), words, redirections, rangeTo(start, redirections));
  }

  private List<Redirection> trailingRedirections() {
    List<Redirection> out = new ArrayList<>();
    while (true) {
      int save = pos;
      skipBlanks();
      if (atRedirection()) {
        out.add(parseRedirection());
      } else {
        pos = save;
        return out;
      }
    }
  }

  // ---------------------------------------------------------------- assignments and redirections

  private boolean assignmentAt() {
    int i = pos;
    if (i >= n || !isNameStart(s.charAt(i))) {
      return false;
    }
    while (i < n && isNameChar(s.charAt(i))) {
      i++;
    }
    if (i < n && s.charAt(i) == '[') {
      int close = s.indexOf(']', i);
      if (close < 0) {
        return false;
      }
      for (int k = i; k < close; k++) {
        if (isWordDelimiterAt(k)) {
          return false;
        }
      }
      i = close + 1;
    }
    if (i < n && s.charAt(i) == '=') {
      return true;
    }
    return i + 1 < n && s.charAt(i) == '+' && s.charAt(i + 1) == '=';
  }

  private Assignment parseAssignment() {
    int start = pos;
    while (pos < n && isNameChar(s.charAt(pos))) {
      pos++;
    }
    if (pos < n && s.charAt(pos) == '[') {
      pos = s.indexOf(']', pos) + 1;
    }
    int nameEnd = pos;
    boolean append = s.charAt(pos) == '+';
    pos += append ? 2 : 1;
    if (pos < n && s.charAt(pos) == '(') {
      pos++;
      List<Word> elements = new ArrayList<>();
      while (true) {
        skipLinebreaks();
        if (pos >= n) {
          throw closing("`)` to close the array", nameEnd, 2);
        }
        if (s.charAt(pos) == ')') {
          pos++;
          break;
        }
        Word w = parseWord(WordMode.COMMAND);
        if (w == null) {
          throw unexpected();
        }
        elements.add(w);
      }
      return new Assignment(s.substring(start, nameEnd), text.range(start, nameEnd), append,
          emptyWord(pos), true, elements, text.range(start, pos));
    }
    Word value = parseWord(WordMode.COMMAND);
    if (value == null) {
      value = emptyWord(pos);
    }
    return new Assignment(s.substring(start, nameEnd), text.range(start, nameEnd), append, value, false,
        List.of(), text.range(start, pos));
  }

  private boolean atRedirection() {
    int i = pos;
    while (i < n && Character.isDigit(s.charAt(i))) {
      i++;
    }
    if (i >= n) {
      return false;
    }
    char c = s.charAt(i);
    if (c == '<' || c == '>') {
      return !(i == pos && i + 1 < n && s.charAt(i + 1) == '(');
    }
    return i == pos && c == '&' && i + 1 < n && s.charAt(i + 1) == '>';
  }

  private Redirection parseRedirection() {
    int start = pos;
    while (pos < n && Character.isDigit(s.charAt(pos))) {
      pos++;
    }
    String fd = s.substring(start, pos);
    String op = null;
    for (String candidate : REDIRECTION_OPERATORS) {
      if (startsWith(candidate)) {
        op = candidate;
        break;
      }
    }
    if (op == null) {
      throw unexpected();
    }
    pos += op.length();
    skipBlanks();
    Word target = parseWord(WordMode.COMMAND);
    if (target == null) {
      throw unexpected("expected a word after `" + op + "`");
    }
    Optional<HereDoc> hereDoc = Optional.empty();
    if (op.equals("<<") || op.equals("<<-")) {
      String delimiter = target.literalValue().orElse(target.raw());
      boolean stripsTabs = op.equals("<<-");
      pending.add(new PendingHereDoc(start, delimiter, stripsTabs));
      HereDocBody body = knownBodies.get(start);
      hereDoc = Optional.of(body == null
          ? new HereDoc(delimiter, target.isQuoted(), stripsTabs, "", text.range(n, n), false)
          : new HereDoc(delimiter, target.isQuoted(), stripsTabs, body.body(),
              text.range(body.bodyStart(), body.bodyEnd()), body.terminated()));
    }
    return new Redirection(fd, op, target, hereDoc, text.range(start, pos));
  }

  private void consumeNewline() {
    pos++;
    if (!pending.isEmpty()) {
      readHereDocBodies();
    }
  }

  private void readHereDocBodies() {
    for (PendingHereDoc doc : pending) {
      int bodyStart = pos;
      int bodyEnd;
      boolean terminated = false;
      StringBuilder body = new StringBuilder();
      while (true) {
        if (pos >= n) {
          bodyEnd = n;
          break;
        }
        int lineEnd = s.indexOf('\n', pos);
        if (lineEnd < 0) {
          lineEnd = n;
        }
        String line = s.substring(pos, lineEnd);
        String compared = doc.stripsTabs() ? stripLeadingTabs(line) : line;
        if (compared.endsWith("\r")) {
          compared = compared.substring(0, compared.length() - 1);
        }
        if (compared.equals(doc.delimiter())) {
          bodyEnd = pos;
          terminated = true;
          pos = Math.min(n, lineEnd + 1);
          break;
        }
        body.append(doc.stripsTabs() ? stripLeadingTabs(line) : line);
        if (lineEnd < n) {
          body.append('\n');
        }
        pos = Math.min(n, lineEnd + 1);
      }
      foundBodies.put(doc.key(), new HereDocBody(body.toString(), bodyStart, bodyEnd, terminated));
    }
    pending.clear();
  }

  private static String stripLeadingTabs(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == '\t') {
      i++;
    }
    return line.substring(i);
  }

  // ---------------------------------------------------------------- words

  private Word parseWord(WordMode mode) {
    int start = pos;
    List<WordPart> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int literalStart = -1;
    while (pos < n) {
      char c = s.charAt(pos);
      if (mode == WordMode.COMMAND && isWordDelimiterAt(pos)) {
        if (pos == start && isProcessSubstitutionStart()) {
          parts.add(parseProcessSubstitution());
          continue;
        }
        break;
      }
      if (mode == WordMode.BRACE_OPERAND && c == '}') {
        break;
      }
      WordPart part = null;
      switch (c) {
        case '\\':
          if (pos + 1 >= n) {
            break;
          }
          flushLiteral(parts, literal, literalStart);
          literalStart = -1;
          if (s.charAt(pos + 1) == '\n') {
            pos += 2;
            continue;
          }
          part = new WordPart.Escaped(String.valueOf(s.charAt(pos + 1)), text.range(pos, pos + 2));
          pos += 2;
          break;
        case '\'':
          flushLiteral(parts, literal, literalStart);
          literalStart = -1;
          part = parseSingleQuoted();
          break;
        case '"':
          flushLiteral(parts, literal, literalStart);
          literalStart = -1;
          part = parseDoubleQuoted(pos);
          break;
        case '`':
          flushLiteral(parts, literal, literalStart);
          literalStart = -1;
          part = parseBackquote(false);
          break;
        case '$':
          int before = pos;
          WordPart expansion = parseDollar(false);
          if (expansion != null) {
            if (literal.length() > 0) {
              parts.add(new WordPart.Literal(literal.toString(), text.range(literalStart, before)));
              literal.setLength(0);
            }
            literalStart = -1;
            part = expansion;
          }
          break;
        default:
          break;
      }
      if (part != null) {
        parts.add(part);
        continue;
      }
      if (literalStart < 0) {
        literalStart = pos;
      }
      literal.append(c);
      pos++;
    }
    flushLiteral(parts, literal, literalStart);
    if (pos == start) {
      return null;
    }
    return new Word(s.substring(start, pos), parts, text.range(start, pos));
  }

  private void flushLiteral(List<WordPart> parts, StringBuilder literal, int literalStart) {
    if (literal.length() > 0) {
      parts.add(new WordPart.Literal(literal.toString(), text.range(literalStart, pos)));
      literal.setLength(0);
    }
  }

  private WordPart parseSingleQuoted() {
    int start = pos;
    int end = s.indexOf('\'', pos + 1);
    if (end < 0) {
      throw error("unterminated single quote", start, start + 1);
    }
    pos = end + 1;
    return new WordPart.SingleQuoted(s.substring(start + 1, end), text.range(start, pos));
  }

  /** {@code start} is where the part begins: the {@code "} or the {@code $} of {@code $"..."}. */
  private WordPart parseDoubleQuoted(int start) {
    pos++; // the opening quote
    List<WordPart> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int literalStart = -1;
    while (true) {
      if (pos >= n) {
        throw error("unterminated double quote", start, start + 1);
      }
      char c = s.charAt(pos);
      if (c == '"') {
        flushLiteral(parts, literal, literalStart);
        pos++;
        return new WordPart.DoubleQuoted(parts, text.range(start, pos));
      }
      WordPart part = null;
      if (c == '\\' && pos + 1 < n) {
        char next = s.charAt(pos + 1);
        if (next == '\n') {
          flushLiteral(parts, literal, literalStart);
          literalStart = -1;
          pos += 2;
          continue;
        }
        if ("$`\"\\".indexOf(next) >= 0) {
          flushLiteral(parts, literal, literalStart);
          literalStart = -1;
          part = new WordPart.Escaped(String.valueOf(next), text.range(pos, pos + 2));
          pos += 2;
        }
      } else if (c == '$') {
        int before = pos;
        WordPart expansion = parseDollar(true);
        if (expansion != null) {
          if (literal.length() > 0) {
            parts.add(new WordPart.Literal(literal.toString(), text.range(literalStart, before)));
            literal.setLength(0);
          }
          literalStart = -1;
          part = expansion;
        }
      } else if (c == '`') {
        flushLiteral(parts, literal, literalStart);
        literalStart = -1;
        part = parseBackquote(true);
      }
      if (part != null) {
        parts.add(part);
        continue;
      }
      if (literalStart < 0) {
        literalStart = pos;
      }
      literal.append(c);
      pos++;
    }
  }

  /** At a {@code $}: returns the expansion, or null (position unchanged) when the {@code $} is literal. */
  private WordPart parseDollar(boolean inDoubleQuotes) {
    int start = pos;
    if (pos + 1 >= n) {
      return null;
    }
    char next = s.charAt(pos + 1);
    if (next == '(') {
      if (pos + 2 < n && s.charAt(pos + 2) == '(') {
        int close = findArithmeticEnd(pos + 3);
        if (close >= 0) {
          pos = close + 2;
          return new WordPart.Arithmetic(s.substring(start + 3, close), text.range(start, pos));
        }
      }
      return parseCommandSubstitution(WordPart.SubstitutionKind.DOLLAR_PAREN);
    }
    if (next == '{') {
      return parseBracedParameter();
    }
    if (next == '\'' && !inDoubleQuotes) {
      return parseAnsiC();
    }
    if (next == '"' && !inDoubleQuotes) {
      pos++;
      return parseDoubleQuoted(start);
    }
    if (isNameStart(next)) {
      pos++;
      while (pos < n && isNameChar(s.charAt(pos))) {
        pos++;
      }
      return new WordPart.ParameterExpansion(
          s.substring(start + 1, pos), "", "", Optional.empty(), false, text.range(start, pos));
    }
    if (Character.isDigit(next) || "@*#?$!-".indexOf(next) >= 0) {
      pos += 2;
      return new WordPart.ParameterExpansion(
          String.valueOf(next), "", "", Optional.empty(), false, text.range(start, pos));
    }
    return null;
  }

  /**
   * Index of the first {@code )} of the {@code ))} closing an arithmetic expression whose body starts at
   * {@code from}, or -1 when the parentheses show it is a command substitution or subshell instead.
   */
  private int findArithmeticEnd(int from) {
    int nesting = 0;
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (c == '(') {
        nesting++;
      } else if (c == ')') {
        if (nesting > 0) {
          nesting--;
        } else {
          return i + 1 < n && s.charAt(i + 1) == ')' ? i : -1;
        }
      }
    }
    return -1;
  }

  private WordPart parseCommandSubstitution(WordPart.SubstitutionKind kind) {
    int start = pos;
    pos += 2;
    enter();
    try {
      int innerStart = pos;
      List<Statement> statements = parseStatementList();
      skipLinebreaks();
      if (pos >= n || s.charAt(pos) != ')') {
        throw closing("`)` to close `" + s.substring(start, start + 2) + "`", start, 2);
      }
      int innerEnd = pos;
      pos++;
      ShellScript script = ShellScript.nested(text.sub(innerStart, innerEnd), statements);
      return new WordPart.CommandSubstitution(script, kind, text.range(start, pos));
    } finally {
      depth--;
    }
  }

  private boolean isProcessSubstitutionStart() {
    return pos + 1 < n && (s.charAt(pos) == '<' || s.charAt(pos) == '>') && s.charAt(pos + 1) == '(';
  }

  private WordPart parseProcessSubstitution() {
    return parseCommandSubstitution(s.charAt(pos) == '<'
        ? WordPart.SubstitutionKind.PROCESS_INPUT
        : WordPart.SubstitutionKind.PROCESS_OUTPUT);
  }

  /**
   * Backquotes: the body is the text with the backslashes that escape {@code $ ` \} (and {@code "} inside
   * double quotes) removed, rebuilt as a logical text so nested ranges still hit the original characters.
   */
  private WordPart parseBackquote(boolean inDoubleQuotes) {
    int start = pos;
    pos++;
    LogicalText.Builder inner = new LogicalText.Builder(text.source());
    while (true) {
      if (pos >= n) {
        throw error("unterminated backquote", start, start + 1);
      }
      char c = s.charAt(pos);
      if (c == '`') {
        break;
      }
      if (c == '\\' && pos + 1 < n) {
        char next = s.charAt(pos + 1);
        if (next == '$' || next == '`' || next == '\\' || (inDoubleQuotes && next == '"')) {
          appendSourceChar(inner, pos + 1);
          pos += 2;
          continue;
        }
      }
      appendSourceChar(inner, pos);
      pos++;
    }
    inner.endAt(text.sourceOffset(pos));
    pos++;
    LogicalText body = inner.build();
    enter();
    try {
      List<Statement> statements = parseStrict(body, depth);
      return new WordPart.CommandSubstitution(
          ShellScript.nested(body, statements), WordPart.SubstitutionKind.BACKTICK, text.range(start, pos));
    } finally {
      depth--;
    }
  }

  private void appendSourceChar(LogicalText.Builder builder, int index) {
    int offset = text.sourceOffset(index);
    builder.append(offset, offset + 1);
  }

  private WordPart parseBracedParameter() {
    int start = pos;
    pos += 2;
    enter();
    try {
      String prefix = "";
      if (pos + 1 < n && s.charAt(pos) == '#' && s.charAt(pos + 1) != '}') {
        prefix = "#";
        pos++;
      } else if (pos + 1 < n && s.charAt(pos) == '!' && s.charAt(pos + 1) != '}') {
        prefix = "!";
        pos++;
      }
      int nameStart = pos;
      if (pos < n && isNameStart(s.charAt(pos))) {
        while (pos < n && isNameChar(s.charAt(pos))) {
          pos++;
        }
      } else if (pos < n && Character.isDigit(s.charAt(pos))) {
        while (pos < n && Character.isDigit(s.charAt(pos))) {
          pos++;
        }
      } else if (pos < n && "@*#?$!-".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      } else {
        throw error("bad substitution", start, Math.min(n, pos + 1));
      }
      if (pos < n && s.charAt(pos) == '[') {
        int close = s.indexOf(']', pos);
        if (close < 0) {
          throw closing("`]` to close the array index", pos, 1);
        }
        pos = close + 1;
      }
      String name = s.substring(nameStart, pos);
      String operator = "";
      Optional<Word> operand = Optional.empty();
      if (pos < n && s.charAt(pos) != '}') {
        for (String candidate : PARAMETER_OPERATORS) {
          if (startsWith(candidate)) {
            operator = candidate;
            break;
          }
        }
        if (operator.isEmpty()) {
          throw error("bad substitution", start, Math.min(n, pos + 1));
        }
        pos += operator.length();
        Word word = parseWord(WordMode.BRACE_OPERAND);
        operand = Optional.of(word != null ? word : emptyWord(pos));
      }
      if (pos >= n || s.charAt(pos) != '}') {
        throw closing("`}` to close `${`", start, 2);
      }
      pos++;
      return new WordPart.ParameterExpansion(name, prefix, operator, operand, true, text.range(start, pos));
    } finally {
      depth--;
    }
  }

  private WordPart parseAnsiC() {
    int start = pos;
    pos += 2;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= n) {
        throw error("unterminated $' quote", start, start + 2);
      }
      char c = s.charAt(pos);
      if (c == '\'') {
        pos++;
        return new WordPart.AnsiCQuoted(value.toString(), text.range(start, pos));
      }
      if (c == '\\' && pos + 1 < n) {
        pos = AnsiCEscapes.decode(s, pos, value);
      } else {
        value.append(c);
        pos++;
      }
    }
  }

  // ---------------------------------------------------------------- lexical helpers

  private void skipBlanks() {
    while (pos < n) {
      char c = s.charAt(pos);
      if (c == ' ' || c == '\t' || (c == '\r' && pos + 1 < n && s.charAt(pos + 1) == '\n')) {
        pos++;
      } else if (c == '\\' && pos + 1 < n && s.charAt(pos + 1) == '\n') {
        pos += 2;
      } else if (c == '#') {
        while (pos < n && s.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private void skipLinebreaks() {
    while (true) {
      skipBlanks();
      if (pos < n && s.charAt(pos) == '\n') {
        consumeNewline();
      } else {
        return;
      }
    }
  }

  private void expectKeyword(String keyword, String opener, int openerStart) {
    skipLinebreaks();
    if (!keywordAt(keyword)) {
      if (pos >= n) {
        throw closing("`" + keyword + "` to close `" + opener + "`", openerStart, opener.length());
      }
      throw unexpected("expected `" + keyword + "` to close `" + opener + "`");
    }
    pos += keyword.length();
  }

  private void requireNonEmpty(List<Statement> list, String after, int at) {
    if (list.isEmpty()) {
      if (pos >= n) {
        throw error("expected a command after `" + after + "`", at, at + after.length());
      }
      throw unexpected("expected a command after `" + after + "`");
    }
  }

  /** A reserved word at the current position: the characters match and a delimiter follows. */
  private boolean keywordAt(String keyword) {
    if (!s.startsWith(keyword, pos)) {
      return false;
    }
    int end = pos + keyword.length();
    return end >= n || isWordDelimiterAt(end);
  }

  private boolean startsWith(String prefix) {
    return s.startsWith(prefix, pos);
  }

  private Operator operator(String op) {
    Operator o = new Operator(op, text.range(pos, pos + op.length()));
    pos += op.length();
    return o;
  }

  private boolean isWordDelimiterAt(int i) {
    char c = s.charAt(i);
    return c == ' ' || c == '\t' || c == '\n' || isOperatorChar(c)
        || (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n');
  }

  private static boolean isOperatorChar(char c) {
    return c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '<' || c == '>' || c == '\n';
  }

  static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  static boolean isNameChar(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }

  static boolean isName(String value) {
    if (value.isEmpty() || !isNameStart(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      // function names may also contain - . : (bash accepts them, and Dockerfiles use them)
      if (!isNameChar(c) && c != '-' && c != '.' && c != ':') {
        return false;
      }
    }
    return true;
  }

  private Word literalWord(int start, int end) {
    String raw = s.substring(start, end);
    SourceRange range = text.range(start, end);
    return new Word(raw, List.of(new WordPart.Literal(raw, range)), range);
  }

  private Word emptyWord(int at) {
    return new Word("", List.of(), text.range(at, at));
  }

  private SourceRange rangeTo(int start, List<Redirection> redirections) {
    if (redirections.isEmpty()) {
      return text.range(start, pos);
    }
    return span(text.range(start, start), redirections.get(redirections.size() - 1).range());
  }

  static SourceRange span(SourceRange first, SourceRange last) {
    return new SourceRange(first.startOffset(), Math.max(first.endOffset(), last.endOffset()),
        first.startLine(), first.startColumn(),
        last.endOffset() >= first.endOffset() ? last.endLine() : first.endLine(),
        last.endOffset() >= first.endOffset() ? last.endColumn() : first.endColumn());
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH + " levels", pos, Math.min(n, pos + 1));
    }
  }

  // ---------------------------------------------------------------- errors

  private ShellSyntaxError error(String message, int start, int end) {
    int s0 = Math.min(Math.max(0, start), n);
    int e0 = Math.min(Math.max(s0, end), n);
    return new ShellSyntaxError(message, text.range(s0, e0));
  }

  private ShellSyntaxError closing(String expected, int openerStart, int openerLength) {
    if (pos >= n) {
      return error("expected " + expected + ", found end of script", openerStart, openerStart + openerLength);
    }
    return unexpected("expected " + expected);
  }

  private ShellSyntaxError unexpected() {
    return unexpected(null);
  }

  private ShellSyntaxError unexpected(String expectation) {
    String found;
    int end;
    if (pos >= n) {
      found = "end of script";
      end = pos;
    } else if (s.charAt(pos) == '\n') {
      found = "newline";
      end = pos + 1;
    } else if (isOperatorChar(s.charAt(pos))) {
      end = pos + 1;
      while (end < n && end - pos < 3 && isOperatorChar(s.charAt(end)) && s.charAt(end) != '\n') {
        end++;
      }
      found = "`" + s.substring(pos, end) + "`";
    } else {
      end = pos;
      while (end < n && !isWordDelimiterAt(end)) {
        end++;
      }
      found = "`" + s.substring(pos, end) + "`";
    }
    String message = expectation == null ? "unexpected " + found : expectation + ", found " + found;
    return error(message, pos, end);
  }
}
