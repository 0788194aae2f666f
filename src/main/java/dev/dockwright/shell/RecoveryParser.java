package dev.dockwright.shell;

import dev.dockwright.ast.LogicalText;
import dev.dockwright.ast.SourceRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fallback for scripts the strict parser rejects: a tolerant, non-recursive tokenizer (unterminated
 * quotes run to the end) and a flat split into simple commands at top-level {@code ; & && || |} and
 * newlines, skipping reserved words. Good enough for rules to still see "apt-get install curl" in a
 * script with a stray {@code fi}.
 */
final class RecoveryParser {
  private static final String[] OPERATORS = {
    ";;&", "&>>", "<<<", "<<-", "&&", "||", ";;", ";&", "|&", "&>", "<<", "<>", "<&", ">>", ">&", ">|",
    "<", ">", ";", "&", "|", "(", ")"
  };
  private static final Set<String> REDIRECTIONS =
      Set.of("&>>", "<<<", "<<-", "&>", "<<", "<>", "<&", ">>", ">&", ">|", "<", ">");
  private static final Set<String> SKIPPED_KEYWORDS =
      Set.of("if", "then", "else", "elif", "fi", "do", "done", "while", "until", "{", "}", "!", "esac", "in");
  /** Headers skipped as a whole, up to the keyword that ends them (or the next separator). */
  private static final Map<String, String> HEADER_ENDS =
      Map.of("for", "do", "select", "do", "case", "in", "function", "{");
  private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(\\+?)=");

  private final LogicalText text;
  private final String s;
  private final int n;
  private final int depth;
  private final List<Token> tokens = new ArrayList<>();
  private final Map<Integer, HereDoc> hereDocsByToken = new HashMap<>();

  /** A word (op == null) or an operator; fd is the IO number before a redirection operator. */
  private record Token(int start, int end, String op, String fd) {
    boolean isWord() {
      return op == null;
    }
  }

  private record PendingHereDoc(int tokenIndex, String delimiter, boolean quoted, boolean stripsTabs) {}

  private RecoveryParser(LogicalText text, int depth) {
    this.text = text;
    this.s = text.text();
    this.n = s.length();
    this.depth = depth;
  }

  static ShellScript recover(LogicalText text, int depth, ShellDiagnostic diagnostic) {
    RecoveryParser parser = new RecoveryParser(text, depth);
    parser.tokenize();
    return parser.build(diagnostic);
  }

  // ---------------------------------------------------------------- tokens

  private void tokenize() {
    List<PendingHereDoc> pending = new ArrayList<>();
    int i = 0;
    boolean expectDelimiter = false;
    while (i < n) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r') {
        i++;
      } else if (c == '\\' && i + 1 < n && s.charAt(i + 1) == '\n') {
        i += 2;
      } else if (c == '#') {
        while (i < n && s.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '\n') {
        tokens.add(new Token(i, i + 1, "\n", ""));
        i++;
        if (!pending.isEmpty()) {
          i = skipHereDocBodies(i, pending);
          pending.clear();
        }
      } else {
        String op = operatorAt(i);
        if (op != null) {
          tokens.add(new Token(i, i + op.length(), op, ""));
          expectDelimiter = op.equals("<<") || op.equals("<<-");
          i += op.length();
          continue;
        }
        int end = scanWordEnd(i);
        String raw = s.substring(i, end);
        if (raw.chars().allMatch(Character::isDigit) && end < n && (s.charAt(end) == '<' || s.charAt(end) == '>')) {
          String fdOp = operatorAt(end);
          if (fdOp != null && REDIRECTIONS.contains(fdOp)) {
            tokens.add(new Token(i, end + fdOp.length(), fdOp, raw));
            expectDelimiter = fdOp.equals("<<") || fdOp.equals("<<-");
            i = end + fdOp.length();
            continue;
          }
        }
        tokens.add(new Token(i, end, null, ""));
        if (expectDelimiter) {
          Token opToken = tokens.get(tokens.size() - 2);
          String delimiter = raw.replace("\"", "").replace("'", "").replace("\\", "");
          pending.add(new PendingHereDoc(tokens.size() - 2, delimiter, !delimiter.equals(raw),
              opToken.op().equals("<<-")));
          expectDelimiter = false;
        }
        i = end;
      }
    }
  }

  private String operatorAt(int i) {
    char c = s.charAt(i);
    if ((c == '<' || c == '>') && i + 1 < n && s.charAt(i + 1) == '(') {
      return null; // process substitution: part of a word
    }
    for (String op : OPERATORS) {
      if (s.startsWith(op, i)) {
        return op;
      }
    }
    return null;
  }

  private int skipHereDocBodies(int i, List<PendingHereDoc> pending) {
    for (PendingHereDoc doc : pending) {
      int bodyStart = i;
      StringBuilder body = new StringBuilder();
      boolean terminated = false;
      int bodyEnd = n;
      while (i < n) {
        int lineEnd = s.indexOf('\n', i);
        if (lineEnd < 0) {
          lineEnd = n;
        }
        String line = s.substring(i, lineEnd);
        String compared = doc.stripsTabs() ? line.replaceFirst("^\t+", "") : line;
        if (compared.strip().equals(doc.delimiter())) {
          bodyEnd = i;
          terminated = true;
          i = Math.min(n, lineEnd + 1);
          break;
        }
        body.append(compared);
        if (lineEnd < n) {
          body.append('\n');
        }
        i = Math.min(n, lineEnd + 1);
      }
      hereDocsByToken.put(doc.tokenIndex(), new HereDoc(doc.delimiter(), doc.quoted(), doc.stripsTabs(),
          body.toString(), text.range(bodyStart, terminated ? bodyEnd : n), terminated));
    }
    return i;
  }

  /** End of the word starting at {@code start}, tracking quotes and substitutions without recursion. */
  private int scanWordEnd(int start) {
    Deque<Character> closers = new ArrayDeque<>();
    int j = start;
    while (j < n) {
      char c = s.charAt(j);
      char next = j + 1 < n ? s.charAt(j + 1) : '\0';
      Character top = closers.peek();
      if (top != null && top == '\'') {
        if (c == '\'') {
          closers.pop();
        }
        j++;
        continue;
      }
      if (c == '\\') {
        j += 2;
        continue;
      }
      if (top != null && top == '`') {
        if (c == '`') {
          closers.pop();
        }
        j++;
        continue;
      }
      if (top != null && top == '"') {
        if (c == '"') {
          closers.pop();
        } else if (c == '$' && (next == '(' || next == '{')) {
          closers.push(next == '(' ? ')' : '}');
          j++;
        } else if (c == '`') {
          closers.push('`');
        }
        j++;
        continue;
      }
      if (top == null && isDelimiter(c) && !((c == '<' || c == '>') && next == '(' && j == start)) {
        break;
      }
      if (c == '\'' || c == '"' || c == '`') {
        closers.push(c);
      } else if ((c == '$' || c == '<' || c == '>') && next == '(') {
        closers.push(')');
        j++;
      } else if (c == '$' && next == '{') {
        closers.push('}');
        j++;
      } else if (top != null && top == ')' && c == '(') {
        closers.push(')');
      } else if (top != null && c == top) {
        closers.pop();
      }
      j++;
    }
    return Math.min(j, n);
  }

  private static boolean isDelimiter(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '&' || c == '|' || c == '('
        || c == ')' || c == '<' || c == '>';
  }

  // ---------------------------------------------------------------- commands

  private final List<Statement> statements = new ArrayList<>();
  private final List<Word> allWords = new ArrayList<>();
  private final List<Command> andOr = new ArrayList<>();
  private final List<Operator> andOrOps = new ArrayList<>();
  private final List<Command> pipe = new ArrayList<>();
  private final List<Operator> pipeOps = new ArrayList<>();
  private final List<Word> words = new ArrayList<>();
  private final List<Assignment> assignments = new ArrayList<>();
  private final List<Redirection> redirections = new ArrayList<>();

  private ShellScript build(ShellDiagnostic diagnostic) {
    String headerEnd = null;
    int caseDepth = 0;
    for (int t = 0; t < tokens.size(); t++) {
      Token token = tokens.get(t);
      if (token.isWord()) {
        Word word = wordAt(token.start(), token.end());
        allWords.add(word);
        String raw = word.raw();
        boolean commandStart = words.isEmpty() && assignments.isEmpty() && redirections.isEmpty();
        if (commandStart && raw.equals("case")) {
          caseDepth++;
        } else if (commandStart && raw.equals("esac") && caseDepth > 0) {
          caseDepth--;
        }
        if (headerEnd != null) {
          if (raw.equals(headerEnd)) {
            headerEnd = null;
          }
          continue;
        }
        if (commandStart && HEADER_ENDS.containsKey(raw)) {
          headerEnd = HEADER_ENDS.get(raw);
          continue;
        }
        if (commandStart && SKIPPED_KEYWORDS.contains(raw)) {
          continue;
        }
        Matcher m = ASSIGNMENT.matcher(raw);
        if (words.isEmpty() && m.lookingAt()) {
          int valueStart = token.start() + m.end();
          Word value = valueStart < token.end() ? wordAt(valueStart, token.end()) : emptyWord(token.end());
          assignments.add(new Assignment(m.group(1), text.range(token.start(), token.start() + m.group(1).length()),
              !m.group(2).isEmpty(), value, false, List.of(), word.range()));
        } else {
          words.add(word);
        }
        continue;
      }
      String op = token.op();
      Operator operator = new Operator(op, text.range(token.start(), token.end()));
      if (REDIRECTIONS.contains(op)) {
        if (t + 1 < tokens.size() && tokens.get(t + 1).isWord()) {
          Token target = tokens.get(++t);
          Word targetWord = wordAt(target.start(), target.end());
          allWords.add(targetWord);
          redirections.add(new Redirection(token.fd(), op, targetWord, Optional.ofNullable(hereDocsByToken.get(t - 1)),
              text.range(token.start(), target.end())));
        }
        continue;
      }
      switch (op) {
        case "\n", ";", "&" -> {
          finishStatement(operator);
          headerEnd = null;
        }
        case "&&", "||" -> {
          finishPipeline();
          if (andOr.size() > andOrOps.size()) {
            andOrOps.add(operator);
          }
          headerEnd = null;
        }
        case "|", "|&" -> {
          if (caseDepth > 0 && words.size() == 1 && pipe.isEmpty()) {
            words.clear(); // an alternative of a case pattern
          } else {
            finishSimple();
            if (pipe.size() > pipeOps.size()) {
              pipeOps.add(operator);
            }
          }
        }
        case ")" -> {
          if (caseDepth > 0 && words.size() <= 1 && pipe.isEmpty()) {
            words.clear(); // the end of a case pattern
          } else {
            finishStatement(null);
          }
        }
        case "(" -> {
          boolean functionHeader = words.size() == 1 && t + 1 < tokens.size() && ")".equals(tokens.get(t + 1).op());
          if (functionHeader) {
            words.clear();
            t++;
          } else {
            finishStatement(null);
          }
        }
        default -> finishStatement(null); // ;; ;& ;;&
      }
    }
    finishStatement(null);
    SourceRange range = text.range(0, n);
    return ShellScript.recovered(text, statements, allWords, List.of(diagnostic), range);
  }

  private void finishSimple() {
    if (words.isEmpty() && assignments.isEmpty() && redirections.isEmpty()) {
      return;
    }
    List<SourceRange> ranges = new ArrayList<>();
    assignments.forEach(a -> ranges.add(a.range()));
    words.forEach(w -> ranges.add(w.range()));
    redirections.forEach(r -> ranges.add(r.range()));
    ranges.sort(null);
    SourceRange range = Parser.span(ranges.get(0), ranges.get(ranges.size() - 1));
    pipe.add(new SimpleCommand(assignments, words, redirections, range));
    words.clear();
    assignments.clear();
    redirections.clear();
  }

  private void finishPipeline() {
    finishSimple();
    if (pipe.isEmpty()) {
      pipeOps.clear();
      return;
    }
    List<Operator> ops = pipeOps.subList(0, Math.min(pipeOps.size(), pipe.size() - 1));
    andOr.add(pipe.size() == 1 ? pipe.get(0)
        : new Pipeline(false, pipe, ops, Parser.span(pipe.get(0).range(), pipe.get(pipe.size() - 1).range())));
    pipe.clear();
    pipeOps.clear();
  }

  private void finishStatement(Operator terminator) {
    finishPipeline();
    if (andOr.isEmpty()) {
      andOrOps.clear();
      return;
    }
    List<Operator> ops = andOrOps.subList(0, Math.min(andOrOps.size(), andOr.size() - 1));
    Command command = andOr.size() == 1 ? andOr.get(0)
        : new AndOrList(andOr, ops, Parser.span(andOr.get(0).range(), andOr.get(andOr.size() - 1).range()));
    statements.add(new Statement(command, Optional.ofNullable(terminator), command.range()));
    andOr.clear();
    andOrOps.clear();
  }

  private Word wordAt(int start, int end) {
    try {
      return Parser.parseSingleWord(text.sub(start, end), depth);
    } catch (ShellSyntaxError e) {
      String raw = s.substring(start, end);
      SourceRange range = text.range(start, end);
      return new Word(raw, List.of(new WordPart.Malformed(raw, range)), range);
    }
  }

  private Word emptyWord(int at) {
    return new Word("", List.of(), text.range(at, at));
  }
}
