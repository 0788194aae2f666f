package dev.dockwright.semantic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Expands variables in Dockerfile words exactly as BuildKit's Dockerfile frontend does
 * ({@code frontend/dockerfile/shell/lex.go}: {@code ProcessWord} and {@code ProcessWords}), for FROM,
 * ADD, COPY, ENV, EXPOSE, LABEL, STOPSIGNAL, USER, VOLUME, WORKDIR, ONBUILD and their flags.
 *
 * <p>What BuildKit does, and so what this does:
 *
 * <ul>
 *   <li>{@code $name} and {@code ${name}}; a name is letters, digits and {@code _}, or a run of digits, or
 *       one special parameter character ({@code @ * # ? - $ ! 0}); a {@code $} not followed by a name is
 *       literal.
 *   <li>{@code ${v-w} ${v:-w} ${v+w} ${v:+w} ${v?e} ${v:?e}} (the colon also treats empty as unset),
 *       {@code ${v#p} ${v##p} ${v%p} ${v%%p}} (globs with {@code *} and {@code ?}, no {@code [...]}),
 *       {@code ${v/p/r} ${v//p/r}}. Anything else after the name (such as {@code ${v:=w}}, {@code ${#v}},
 *       {@code ${v:#p}}) is an error. The word {@code w} may itself contain quotes and substitutions and is
 *       always expanded, even when unused, so an error inside it fails the build.
 *   <li>The escape character ({@code \} or the {@code # escape=} one) makes the next character literal and
 *       is removed, except inside patterns and replacements, where it is kept for the pattern matcher. A
 *       trailing escape is dropped.
 *   <li>Single quotes keep everything literal. Double quotes allow substitutions; inside them the escape
 *       character only escapes {@code "}, {@code $} and itself. Quotes are removed.
 *   <li>{@link #expandWords} additionally splits on unquoted, unescaped whitespace, including whitespace
 *       that an unquoted substitution produces. {@code <<} keeps the blanks after it in its word, as
 *       BuildKit needs for heredoc markers.
 * </ul>
 *
 * <p>Values that cannot be known statically ({@link VariableBinding.Kind#DEFINED_UNKNOWN}) are never
 * guessed: any result that depends on one is reported as not known. Errors that do not depend on them
 * (syntax, invalid patterns, {@code ${v?}} on an undefined variable) are still reported. Nothing here
 * throws on any input; nesting of {@code ${...}} is bounded by {@link #MAX_NESTING}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class VariableExpander {

  public static final char DEFAULT_ESCAPE = '\\';

  /** Deeper nesting of {@code ${...}} is reported as an error instead of risking the stack. */
  public static final int MAX_NESTING = 100;

  private static final VariableExpander DEFAULT = new VariableExpander(DEFAULT_ESCAPE);

  private final char escapeChar;

  /** @param escapeChar {@code \} by default, or the character of a {@code # escape=} directive */
  public VariableExpander(char escapeChar) {
    this.escapeChar = escapeChar;
  }

  public static VariableExpander withDefaultEscape() {
    return DEFAULT;
  }

  public char escapeChar() {
    return escapeChar;
  }

  /** BuildKit's {@code ProcessWord}: one word, whitespace kept. */
  public Expansion expandWord(String word, VariableScope scope) {
    Run run = new Run(nullToEmpty(word), scope, escapeChar);
    try {
      Piece piece = run.readUntil(EOF, false, null);
      return new Expansion(piece.text(), piece.known(), run.sortedReferences(), Optional.empty());
    } catch (Abort abort) {
      return new Expansion("", false, run.sortedReferences(), Optional.of(abort.error));
    }
  }

  /** BuildKit's {@code ProcessWords}: expanded, then split into words. */
  public WordsExpansion expandWords(String text, VariableScope scope) {
    WordCollector collector = new WordCollector();
    Run run = new Run(nullToEmpty(text), scope, escapeChar);
    try {
      Piece piece = run.readUntil(EOF, false, collector);
      return new WordsExpansion(collector.finish(), piece.known(), run.sortedReferences(), Optional.empty());
    } catch (Abort abort) {
      return new WordsExpansion(List.of(), false, run.sortedReferences(), Optional.of(abort.error));
    }
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static final int EOF = -1;
  private static final String MISSING_BRACE = "syntax error: missing '}'";

  /** Text produced by part of the input, and whether it is exactly what BuildKit would produce. */
  private record Piece(String text, boolean known) {

    static Piece known(String text) {
      return new Piece(text, true);
    }
  }

  /** Unwinds to the public entry point at the first error, as BuildKit stops there too. */
  private static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient ExpansionError error;

    Abort(ExpansionError error) {
      super(error.message(), null, false, false);
      this.error = error;
    }
  }

  /** The state of one expansion: the cursor over the input and what was looked up. */
  private static final class Run {
    private final String input;
    private final VariableScope scope;
    private final int escape;
    private final List<VariableReference> references = new ArrayList<>();
    private int pos;
    private int depth;

    Run(String input, VariableScope scope, char escape) {
      this.input = input;
      this.scope = scope;
      this.escape = escape;
      // Go's text/scanner, which BuildKit reads words with, skips a byte order mark at the start.
      this.pos = !input.isEmpty() && input.charAt(0) == '\uFEFF' ? 1 : 0;
    }

    List<VariableReference> sortedReferences() {
      List<VariableReference> sorted = new ArrayList<>(references);
      sorted.sort(Comparator.comparingInt((VariableReference r) -> r.span().start()));
      return sorted;
    }

    private int peek() {
      return pos < input.length() ? input.codePointAt(pos) : EOF;
    }

    private int next() {
      if (pos >= input.length()) {
        return EOF;
      }
      int cp = input.codePointAt(pos);
      pos += Character.charCount(cp);
      return cp;
    }

    private Abort fail(String message, int start, int end) {
      int s = Math.min(start, input.length());
      return new Abort(new ExpansionError(message, new TextSpan(s, Math.max(s, Math.min(end, input.length())))));
    }

    /**
     * BuildKit's {@code processStopOn}: reads up to {@code stop} (consumed) or the end of input.
     *
     * @param keepEscapes whether escape characters stay in the text (patterns and replacements keep them
     *     so that {@code \*} reaches the pattern matcher)
     * @param words the word splitter; only the top level splits, nested operands do not
     */
    Piece readUntil(int stop, boolean keepEscapes, WordCollector words) {
      StringBuilder text = new StringBuilder();
      boolean known = true;
      while (peek() != EOF) {
        int ch = peek();
        int start = pos;
        if (stop != EOF && ch == stop) {
          next();
          return new Piece(text.toString(), known);
        }
        if (ch == '$' || ch == '\'' || ch == '"' || ch == '<') {
          Piece piece;
          if (ch == '$') {
            piece = readDollar();
          } else if (ch == '\'') {
            piece = readSingleQuoted();
          } else if (ch == '"') {
            piece = readDoubleQuoted(keepEscapes);
          } else {
            piece = Piece.known(readPossibleHeredocMarker());
          }
          text.append(piece.text());
          known &= piece.known();
          if (words != null) {
            if (ch == '$') {
              words.addSplittable(piece, start, pos);
            } else {
              words.addUnsplittable(piece, start, pos);
            }
          }
          continue;
        }
        ch = next();
        if (ch == escape) {
          if (keepEscapes) {
            text.appendCodePoint(ch);
            if (words != null) {
              words.addUnsplittableChar(ch, start, pos);
            }
          }
          ch = next();
          if (ch == EOF) {
            break;
          }
          if (words != null) {
            words.addUnsplittableChar(ch, start, pos);
          }
        } else if (words != null) {
          words.addChar(ch, start, pos);
        }
        text.appendCodePoint(ch);
      }
      if (stop != EOF) {
        throw fail(
            "unexpected end of statement while looking for matching " + new String(Character.toChars(stop)),
            pos,
            pos);
      }
      return new Piece(text.toString(), known);
    }

    /**
     * A nested operand such as the {@code w} of {@code ${v:-w}}. As in BuildKit, any error that leaves the
     * input exhausted is reported as the missing delimiter.
     */
    private Piece readOperand(int stop, boolean keepEscapes, int substitutionStart, String atEndMessage) {
      try {
        return readUntil(stop, keepEscapes, null);
      } catch (Abort abort) {
        if (peek() == EOF) {
          throw fail(atEndMessage, substitutionStart, input.length());
        }
        throw abort;
      }
    }

    private Piece readSingleQuoted() {
      int start = pos;
      next();
      StringBuilder text = new StringBuilder();
      while (true) {
        int ch = next();
        if (ch == EOF) {
          throw fail("unexpected end of statement while looking for matching single-quote", start, input.length());
        }
        if (ch == '\'') {
          return Piece.known(text.toString());
        }
        text.appendCodePoint(ch);
      }
    }

    private Piece readDoubleQuoted(boolean keepEscapes) {
      int start = pos;
      next();
      StringBuilder text = new StringBuilder();
      boolean known = true;
      while (true) {
        int ch = peek();
        if (ch == EOF) {
          throw fail("unexpected end of statement while looking for matching double-quote", start, input.length());
        }
        if (ch == '"') {
          next();
          return new Piece(text.toString(), known);
        }
        if (ch == '$') {
          Piece piece = readDollar();
          text.append(piece.text());
          known &= piece.known();
          continue;
        }
        ch = next();
        if (ch == escape) {
          if (keepEscapes) {
            text.appendCodePoint(ch);
          }
          int after = peek();
          if (after == EOF) {
            continue; // the next round reports the missing closing quote
          }
          if (after == '"' || after == '$' || after == escape) {
            ch = next();
          }
        }
        text.appendCodePoint(ch);
      }
    }

    /** {@code <<} followed by blanks stays one word with what follows, so heredoc markers survive splitting. */
    private String readPossibleHeredocMarker() {
      next();
      if (peek() != '<') {
        return "<";
      }
      next();
      StringBuilder marker = new StringBuilder("<<");
      while (peek() == ' ' || peek() == '\t' || peek() == '\r') {
        marker.appendCodePoint(next());
      }
      return marker.toString();
    }

    private Piece readDollar() {
      int start = pos;
      next();
      if (peek() != '{') {
        int nameStart = pos;
        String name = readName();
        if (name.isEmpty()) {
          return Piece.known("$");
        }
        VariableBinding binding = lookup(name, start, nameStart, pos);
        return plainValue(binding, start);
      }
      next();
      int first = peek();
      if (first == EOF) {
        throw fail(MISSING_BRACE, start, pos);
      }
      if (first == '{' || first == '}' || first == ':') {
        throw fail("syntax error: bad substitution", start, pos + 1);
      }
      if (depth >= MAX_NESTING) {
        throw fail("variable substitutions nested more than " + MAX_NESTING + " levels deep", start, pos);
      }
      depth++;
      try {
        return readBraced(start);
      } finally {
        depth--;
      }
    }

    /** After {@code ${}: the name, then {@code }} or a modifier with its operands. */
    private Piece readBraced(int start) {
      int nameStart = pos;
      String name = readName();
      int nameEnd = pos;
      int operatorStart = pos;
      int operator = next();
      switch (operator) {
        case '}':
          return plainValue(lookup(name, start, nameStart, nameEnd), start);
        case EOF:
          throw fail(MISSING_BRACE, start, pos);
        case ':': {
          int modifier = next();
          if (modifier == EOF) {
            throw fail(MISSING_BRACE, start, pos);
          }
          if (modifier == '#' || modifier == '%') {
            throw fail(unsupportedModifier(":" + (char) modifier), operatorStart, pos);
          }
          Piece word = readOperand('}', false, start, MISSING_BRACE);
          VariableBinding binding = lookup(name, start, nameStart, nameEnd);
          if (modifier != '-' && modifier != '+' && modifier != '?') {
            throw fail(
                unsupportedModifier(":" + new String(Character.toChars(modifier))),
                operatorStart,
                operatorStart + 1 + Character.charCount(modifier));
          }
          return applyCondition(modifier, true, name, binding, word, start);
        }
        case '-':
        case '+':
        case '?': {
          Piece word = readOperand('}', false, start, MISSING_BRACE);
          VariableBinding binding = lookup(name, start, nameStart, nameEnd);
          return applyCondition(operator, false, name, binding, word, start);
        }
        case '#':
        case '%': {
          Piece pattern = readOperand('}', true, start, MISSING_BRACE);
          VariableBinding binding = lookup(name, start, nameStart, nameEnd);
          return applyTrim(operator, binding, pattern, start);
        }
        case '/': {
          boolean replaceAll = peek() == '/';
          if (replaceAll) {
            next();
          }
          Piece pattern = readOperand('/', true, start, "syntax error: missing '/' in ${}");
          Piece replacement = readOperand('}', true, start, MISSING_BRACE);
          VariableBinding binding = lookup(name, start, nameStart, nameEnd);
          return applyReplace(replaceAll, binding, pattern, replacement, start);
        }
        default:
          throw fail(unsupportedModifier(new String(Character.toChars(operator))), operatorStart, pos);
      }
    }

    private static String unsupportedModifier(String modifier) {
      return "unsupported modifier (" + modifier + ") in substitution";
    }

    /** BuildKit's {@code processName}: digits, one special parameter, or letters, digits and underscores. */
    private String readName() {
      StringBuilder name = new StringBuilder();
      while (peek() != EOF) {
        int ch = peek();
        if (name.length() == 0 && Character.isDigit(ch)) {
          while (peek() != EOF && Character.isDigit(peek())) {
            name.appendCodePoint(next());
          }
          return name.toString();
        }
        if (name.length() == 0 && isSpecialParameter(ch)) {
          next();
          return String.valueOf((char) ch);
        }
        if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
          break;
        }
        name.appendCodePoint(next());
      }
      return name.toString();
    }

    private static boolean isSpecialParameter(int ch) {
      return ch == '@' || ch == '*' || ch == '#' || ch == '?' || ch == '-' || ch == '$' || ch == '!' || ch == '0';
    }

    private VariableBinding lookup(String name, int start, int nameStart, int nameEnd) {
      VariableBinding binding = scope.lookup(name);
      if (binding == null) {
        binding = VariableBinding.undefined();
      }
      references.add(
          new VariableReference(name, new TextSpan(start, pos), new TextSpan(nameStart, nameEnd), binding.kind()));
      return binding;
    }

    /** The substitution as written, standing in for a value that cannot be known. */
    private Piece unknownSince(int start) {
      return new Piece(input.substring(start, pos), false);
    }

    private Piece plainValue(VariableBinding binding, int start) {
      switch (binding.kind()) {
        case DEFINED:
          return Piece.known(binding.value());
        case UNDEFINED:
          return Piece.known("");
        default:
          return unknownSince(start);
      }
    }

    private Piece applyCondition(
        int modifier, boolean emptyIsUnset, String name, VariableBinding binding, Piece word, int start) {
      if (binding.kind() == VariableBinding.Kind.DEFINED_UNKNOWN) {
        return unknownSince(start);
      }
      boolean set = binding.kind() == VariableBinding.Kind.DEFINED;
      String value = set ? binding.value() : "";
      boolean treatedAsUnset = !set || (emptyIsUnset && value.isEmpty());
      switch (modifier) {
        case '-':
          return treatedAsUnset ? word : Piece.known(value);
        case '+':
          return treatedAsUnset ? Piece.known("") : word;
        default: // '?'
          if (treatedAsUnset) {
            String fallback = set ? "is not allowed to be empty" : "is not allowed to be unset";
            throw fail(name + ": " + (word.text().isEmpty() ? fallback : word.text()), start, pos);
          }
          return Piece.known(value);
      }
    }

    private Piece applyTrim(int operator, VariableBinding binding, Piece word, int start) {
      if (!word.known()) {
        return unknownSince(start); // the pattern itself is unknown, so is its validity
      }
      String pattern = word.text();
      // ${v##p} and ${v%%p} are not separate operators for BuildKit: it looks at the expanded pattern.
      boolean greedy = !pattern.isEmpty() && pattern.charAt(0) == operator;
      if (greedy) {
        pattern = pattern.substring(1);
      }
      String value = binding.kind() == VariableBinding.Kind.DEFINED ? binding.value() : "";
      try {
        String trimmed =
            operator == '%'
                ? ShellPattern.trimSuffix(pattern, value, greedy)
                : ShellPattern.trimPrefix(pattern, value, greedy);
        return binding.kind() == VariableBinding.Kind.DEFINED_UNKNOWN ? unknownSince(start) : Piece.known(trimmed);
      } catch (ShellPattern.InvalidPatternException e) {
        throw fail("invalid pattern (" + pattern + ") in substitution: " + e.getMessage(), start, pos);
      }
    }

    private Piece applyReplace(
        boolean replaceAll, VariableBinding binding, Piece pattern, Piece replacement, int start) {
      if (!pattern.known()) {
        return unknownSince(start);
      }
      String value = binding.kind() == VariableBinding.Kind.DEFINED ? binding.value() : "";
      try {
        String replaced =
            replaceAll
                ? ShellPattern.replaceAll(pattern.text(), value, replacement.text())
                : ShellPattern.replaceFirst(pattern.text(), value, replacement.text());
        boolean known = binding.kind() != VariableBinding.Kind.DEFINED_UNKNOWN && replacement.known();
        return known ? Piece.known(replaced) : unknownSince(start);
      } catch (ShellPattern.InvalidPatternException e) {
        throw fail("invalid pattern (" + pattern.text() + ") in substitution: " + e.getMessage(), start, pos);
      }
    }
  }

  /** BuildKit's {@code wordsStruct}: accumulates words, splitting on whitespace only where allowed. */
  private static final class WordCollector {
    private final List<WordsExpansion.Word> words = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private boolean inWord;
    private boolean known = true;
    private int start = -1;
    private int end;

    /** An unquoted, unescaped character: whitespace ends the word. */
    void addChar(int ch, int sourceStart, int sourceEnd) {
      if (isGoSpace(ch)) {
        // BuildKit only ends a word that has characters; a word opened by "" stays open.
        if (inWord && current.length() != 0) {
          flush();
        }
      } else {
        addUnsplittableChar(ch, sourceStart, sourceEnd);
      }
    }

    void addUnsplittableChar(int ch, int sourceStart, int sourceEnd) {
      current.appendCodePoint(ch);
      inWord = true;
      cover(sourceStart, sourceEnd);
    }

    /** Quoted text and heredoc markers: never split, and they open a word even when empty. */
    void addUnsplittable(Piece piece, int sourceStart, int sourceEnd) {
      current.append(piece.text());
      inWord = true;
      if (!piece.text().isEmpty()) {
        cover(sourceStart, sourceEnd);
      }
      known &= piece.known();
    }

    /**
     * An unquoted substitution: its value is split on whitespace. An unknown value cannot be split, so it
     * is kept whole in the current word, which becomes unknown.
     */
    void addSplittable(Piece piece, int sourceStart, int sourceEnd) {
      if (!piece.known()) {
        addUnsplittable(piece, sourceStart, sourceEnd);
        return;
      }
      String text = piece.text();
      for (int i = 0; i < text.length(); ) {
        int ch = text.codePointAt(i);
        addChar(ch, sourceStart, sourceEnd);
        i += Character.charCount(ch);
      }
    }

    private void cover(int sourceStart, int sourceEnd) {
      if (start < 0) {
        start = sourceStart;
      }
      end = Math.max(end, sourceEnd);
    }

    private void flush() {
      TextSpan span = new TextSpan(Math.max(start, 0), Math.max(end, Math.max(start, 0)));
      words.add(new WordsExpansion.Word(current.toString(), known, span));
      current.setLength(0);
      inWord = false;
      known = true;
      start = -1;
      end = 0;
    }

    List<WordsExpansion.Word> finish() {
      if (current.length() > 0) {
        flush();
      }
      return words;
    }
  }

  /** Go's {@code unicode.IsSpace}, which BuildKit splits words on (wider than Java's isWhitespace). */
  static boolean isGoSpace(int ch) {
    switch (ch) {
      case '\t':
      case '\n':
      case 0x0B:
      case '\f':
      case '\r':
      case ' ':
      case 0x85:
      case 0xA0:
      case 0x1680:
      case 0x2028:
      case 0x2029:
      case 0x202F:
      case 0x205F:
      case 0x3000:
        return true;
      default:
        return ch >= 0x2000 && ch <= 0x200A;
    }
  }
}
