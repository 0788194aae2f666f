package dev.dockwright.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table tests for BuildKit's word expansion. Expected values were derived from the semantics of
 * {@code moby/buildkit frontend/dockerfile/shell/lex.go}; several rows are BuildKit's own test cases.
 */
class VariableExpanderTest {

  private static final String REGEX_METACHARACTERS = "()[]{}^$.*?|\\x";

  private static final VariableScope SCOPE =
      VariableScope.of(
          Map.ofEntries(
              Map.entry("SET", "value"),
              Map.entry("EMPTY", ""),
              Map.entry("FOO", "xxyy"),
              Map.entry("X", "x"),
              Map.entry("Q", "???y"),
              Map.entry("STARS", "a***yy*"),
              Map.entry("SPECIAL", REGEX_METACHARACTERS),
              Map.entry("FILE", "/tmp/foo.txt"),
              Map.entry("SPACED", " a  b "),
              Map.entry("NEEDLE", "\\*/"),
              Map.entry("GLOBS", "/foo*/*/*.txt"),
              Map.entry("ÄÖ", "umlaut")),
          Set.of("UNK", "UNK2"));

  private static final VariableExpander BACKSLASH = new VariableExpander('\\');
  private static final VariableExpander BACKTICK = new VariableExpander('`');

  // ---- known results ---------------------------------------------------------------------------------

  static Stream<Arguments> knownWithBackslash() {
    return Stream.of(
        // plain references
        arguments("", ""),
        arguments("plain text", "plain text"),
        arguments("$SET", "value"),
        arguments("${SET}", "value"),
        arguments("$SET/bin", "value/bin"),
        arguments("${SET}x", "valuex"),
        arguments("$SETx", ""),
        arguments("$UNDEF", ""),
        arguments("pre${UNDEF}post", "prepost"),
        arguments("$EMPTY", ""),
        arguments("$SET$SET", "valuevalue"),
        arguments("$SET-x", "value-x"),
        arguments("$SET:x", "value:x"),
        arguments("$ÄÖ", "umlaut"),
        // a dollar without a name is literal; special and positional parameters are just unset names
        arguments("$", "$"),
        arguments("a$", "a$"),
        arguments("$ x", "$ x"),
        arguments("$/", "$/"),
        arguments("$$", ""),
        arguments("$@", ""),
        arguments("$1", ""),
        arguments("$12ab", "ab"),
        arguments("${1}", ""),
        arguments("$_x", ""),
        // ${v-w} and ${v:-w}
        arguments("${SET:-def}", "value"),
        arguments("${EMPTY:-def}", "def"),
        arguments("${UNDEF:-def}", "def"),
        arguments("${SET-def}", "value"),
        arguments("${EMPTY-def}", ""),
        arguments("${UNDEF-def}", "def"),
        arguments("${UNDEF:-}", ""),
        arguments("${UNDEF:-$SET}", "value"),
        arguments("${UNDEF:-${EMPTY:-deep}}", "deep"),
        arguments("${UNDEF:-a b}", "a b"),
        arguments("${UNDEF:-'}'}", "}"),
        arguments("${UNDEF:-\\}}", "}"),
        arguments("${UNDEF:-\"q\"}", "q"),
        arguments("${UNDEF:-a\\b}", "ab"),
        arguments("${SET:-$UNK}", "value"),
        arguments("${FOO-aaa} ${EMPTY-bbb} ${UNDEF-ccc}", "xxyy  ccc"),
        arguments("${FOO:-aaa} ${EMPTY:-bbb} ${UNDEF:-ccc}", "xxyy bbb ccc"),
        // ${v+w} and ${v:+w}
        arguments("${SET:+alt}", "alt"),
        arguments("${EMPTY:+alt}", ""),
        arguments("${UNDEF:+alt}", ""),
        arguments("${SET+alt}", "alt"),
        arguments("${EMPTY+alt}", "alt"),
        arguments("${UNDEF+alt}", ""),
        arguments("${UNDEF+$UNK}", ""),
        // ${v?e} and ${v:?e} when satisfied
        arguments("${SET:?msg}", "value"),
        arguments("${SET?msg}", "value"),
        arguments("${EMPTY?msg}", ""),
        // ${v#p} ${v##p} ${v%p} ${v%%p}
        arguments("${FOO#x}", "xyy"),
        arguments("${FOO##*x}", "yy"),
        arguments("${FOO#*x*y}", "y"),
        arguments("${FOO#*}", "xxyy"),
        arguments("${FOO##*}", ""),
        arguments("${FOO#}", "xxyy"),
        arguments("${FOO##}", "xxyy"),
        arguments("${FOO#z}", "xxyy"),
        arguments("${FOO%y}", "xxy"),
        arguments("${FOO%%y*}", "xx"),
        arguments("${FOO%x*}", "x"),
        arguments("${FOO%%x*}", ""),
        arguments("${FOO%}", "xxyy"),
        arguments("${FOO%?}", "xxy"),
        arguments("${Q#?\\?}", "?y"),
        arguments("${STARS%%\\**\\*}", "a"),
        arguments("${FOO%%\\**}", "xxyy"),
        arguments("${FOO#$X}", "xyy"),
        arguments("${FOO#$EMPTY}", "xxyy"),
        arguments("${FOO%%$EMPTY}", "xxyy"),
        arguments("${UNDEF#x}", ""),
        arguments("${SPECIAL#()[]{\\}^$.\\*\\?|\\\\}", "x"),
        arguments("${ABC:-.}${FOO%x}${ABC:-.}", ".xxyy."),
        // BuildKit decides ## / %% after expanding the pattern, so a quoted '#' still makes it greedy
        arguments("${FOO#'#'x}", "xyy"),
        arguments("${FILE##*/}", "foo.txt"),
        arguments("${FILE%.*}", "/tmp/foo"),
        // ${v/p/r} and ${v//p/r}
        arguments("${FILE/tmp/var}", "/var/foo.txt"),
        arguments("${FILE//o/0}", "/tmp/f00.txt"),
        arguments("${FILE/*./X.}", "X.txt"),
        arguments("${FILE//\\//\\/}", "\\/tmp\\/foo.txt"),
        arguments("${GLOBS/$NEEDLE/.} - ${GLOBS//$NEEDLE/.}", "/foo.*/*.txt - /foo..*.txt"),
        arguments("${FOO/$EMPTY/ww}", "wwxxyy"),
        arguments("${FOO///}", "xxyy"),
        arguments("${UNDEF///}", ""),
        arguments("${FOO//?/.}", "...."),
        arguments("${FOO//y*/-}", "xx-"),
        // Go's ReplaceAllString skips an empty match right after a match (Java's would give "--")
        arguments("${FOO//*/-}", "-"),
        arguments("${EMPTY//*/-}", "-"),
        // ...and reads the replacement as a Go template, while the first-match form does not
        arguments("${FOO//x/'<$0>'}", "<x><x>yy"),
        arguments("${FOO//x/'$$'}", "$$yy"),
        arguments("${FOO//x/'$1'}", "yy"),
        arguments("${FOO/x/'<$0>'}", "<$0>xyy"),
        // quotes
        arguments("'$SET'", "$SET"),
        arguments("\"$SET\"", "value"),
        arguments("\"${SET:-x} ${UNDEF:-y}\"", "value y"),
        arguments("\"a'b\"", "a'b"),
        arguments("'a\"b'", "a\"b"),
        arguments("\"\\$SET\"", "$SET"),
        arguments("\"\\\"\"", "\""),
        arguments("\"\\x\"", "\\x"),
        arguments("\"\\\\\"", "\\"),
        arguments("a\"b c\"d", "ab cd"),
        arguments("''", ""),
        arguments("'it''s'", "its"),
        arguments("'\\'", "\\"),
        // escapes
        arguments("\\$SET", "$SET"),
        arguments("a\\ b", "a b"),
        arguments("\\'x\\'", "'x'"),
        arguments("abc\\", "abc"),
        arguments("\\\\", "\\"),
        arguments("\\n", "n"),
        arguments("`x`", "`x`"),
        // heredoc markers pass through unchanged
        arguments("<<EOF", "<<EOF"),
        arguments("a < b", "a < b"),
        // a leading byte order mark is skipped, as Go's scanner does
        arguments("\uFEFF$SET", "value"),
        arguments("something-${SET}.${X}${UNDEF:+-${UNDEF}}.tar.gz", "something-value.x.tar.gz"));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("knownWithBackslash")
  void expandsKnownValuesWithBackslashEscape(String word, String expected) {
    Expansion expansion = BACKSLASH.expandWord(word, SCOPE);

    assertThat(expansion.error()).isEmpty();
    assertThat(expansion.known()).isTrue();
    assertThat(expansion.value()).isEqualTo(expected);
  }

  static Stream<Arguments> knownWithBacktick() {
    return Stream.of(
        arguments("`$SET", "$SET"),
        arguments("C:\\path\\$SET", "C:\\path\\value"),
        arguments("a` b", "a b"),
        arguments("\"`\"\"", "\""),
        arguments("\"`$SET\"", "$SET"),
        arguments("\"\\x\"", "\\x"),
        arguments("\"``\"", "`"),
        arguments("${UNDEF:-`}}", "}"),
        arguments("trailing`", "trailing"),
        arguments("``", "`"),
        // the backtick is kept in patterns but only a backslash escapes glob characters there
        arguments("${FOO%`y}", "xxyy"),
        arguments("${STARS%%\\**}", "a"),
        arguments("'`'", "`"));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("knownWithBacktick")
  void expandsKnownValuesWithBacktickEscape(String word, String expected) {
    Expansion expansion = BACKTICK.expandWord(word, SCOPE);

    assertThat(expansion.error()).isEmpty();
    assertThat(expansion.known()).isTrue();
    assertThat(expansion.value()).isEqualTo(expected);
  }

  // ---- unknown results -------------------------------------------------------------------------------

  static Stream<Arguments> unknown() {
    return Stream.of(
        arguments("$UNK", "$UNK"),
        arguments("${UNK}", "${UNK}"),
        arguments("a${UNK}b", "a${UNK}b"),
        arguments("${UNK:-x}", "${UNK:-x}"),
        arguments("${UNK-x}", "${UNK-x}"),
        arguments("${UNDEF:-$UNK}", "$UNK"),
        arguments("${EMPTY:-$UNK}", "$UNK"),
        arguments("${SET:+$UNK}", "$UNK"),
        arguments("${UNK+x}", "${UNK+x}"),
        arguments("${UNK:+x}", "${UNK:+x}"),
        arguments("${UNK?x}", "${UNK?x}"),
        arguments("${UNK:?x}", "${UNK:?x}"),
        arguments("${FOO#$UNK}", "${FOO#$UNK}"),
        arguments("${UNK#x}", "${UNK#x}"),
        arguments("${UNK%%x*}", "${UNK%%x*}"),
        arguments("${FOO/x/$UNK}", "${FOO/x/$UNK}"),
        arguments("${FOO/$UNK/y}", "${FOO/$UNK/y}"),
        arguments("${UNK//x/y}", "${UNK//x/y}"),
        arguments("\"$UNK\"", "$UNK"),
        arguments("\"$SET-$UNK2\"", "value-$UNK2"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("unknown")
  void neverGuessesValuesThatDependOnUnknownVariables(String word, String display) {
    Expansion expansion = BACKSLASH.expandWord(word, SCOPE);

    assertThat(expansion.error()).isEmpty();
    assertThat(expansion.known()).isFalse();
    assertThat(expansion.knownValue()).isEmpty();
    assertThat(expansion.value()).isEqualTo(display);
  }

  // ---- errors ----------------------------------------------------------------------------------------

  static Stream<Arguments> errors() {
    return Stream.of(
        arguments("${", "syntax error: missing '}'", 0, 2),
        arguments("x${", "syntax error: missing '}'", 1, 3),
        arguments("${}", "syntax error: bad substitution", 0, 3),
        arguments("${:}", "syntax error: bad substitution", 0, 3),
        arguments("${{x}}", "syntax error: bad substitution", 0, 3),
        arguments("${SET", "syntax error: missing '}'", 0, 5),
        arguments("${SET:", "syntax error: missing '}'", 0, 6),
        arguments("${SET:-abc", "syntax error: missing '}'", 0, 10),
        arguments("${SET:-'abc", "syntax error: missing '}'", 0, 11),
        arguments("${SET:-${X}", "syntax error: missing '}'", 0, 11),
        arguments("${SET#abc", "syntax error: missing '}'", 0, 9),
        arguments("'abc", "unexpected end of statement while looking for matching single-quote", 0, 4),
        arguments("ok 'abc", "unexpected end of statement while looking for matching single-quote", 3, 7),
        arguments("\"abc", "unexpected end of statement while looking for matching double-quote", 0, 4),
        arguments("\"abc\\", "unexpected end of statement while looking for matching double-quote", 0, 5),
        arguments("${SET=x}", "unsupported modifier (=) in substitution", 5, 6),
        arguments("${SET:=x}", "unsupported modifier (:=) in substitution", 5, 7),
        arguments("${#SET}", "unsupported modifier (S) in substitution", 3, 4),
        arguments("${SET:#x}", "unsupported modifier (:#) in substitution", 5, 7),
        arguments("${SET:%x}", "unsupported modifier (:%) in substitution", 5, 7),
        arguments("${SET x}", "unsupported modifier ( ) in substitution", 5, 6),
        arguments("${UNDEF?}", "UNDEF: is not allowed to be unset", 0, 9),
        arguments("${UNDEF:?}", "UNDEF: is not allowed to be unset", 0, 10),
        arguments("${EMPTY:?}", "EMPTY: is not allowed to be empty", 0, 10),
        arguments("${UNDEF?custom $SET}", "UNDEF: custom value", 0, 20),
        arguments("${EMPTY:?oops}", "EMPTY: oops", 0, 14),
        arguments("a ${UNDEF:?message here$X} b", "UNDEF: message herex", 2, 26),
        // operands are expanded eagerly, so an error in an unused default still fails
        arguments("${SET:-${UNDEF?inner}}", "UNDEF: inner", 7, 21),
        arguments("${FOO#\\x}", "invalid pattern (\\x) in substitution: invalid escape '\\x'", 0, 9),
        arguments("${UNDEF#\\x}", "invalid pattern (\\x) in substitution", 0, 11),
        arguments("${UNK#\\x}", "invalid pattern (\\x) in substitution", 0, 9),
        arguments("${FOO%'a\\'}", "invalid pattern (a\\) in substitution", 0, 11),
        arguments("${FOO/a}", "syntax error: missing '/' in ${}", 0, 8),
        arguments("${FOO/a/b", "syntax error: missing '}'", 0, 9),
        arguments("${FOO//ww}", "syntax error: missing '/' in ${}", 0, 10),
        arguments("${FOO//}", "syntax error: missing '/' in ${}", 0, 8),
        arguments("${FOO/\\x/y}", "invalid pattern (\\x) in substitution", 0, 11));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("errors")
  void reportsBuildKitErrorsWithTheirPosition(String word, String message, int start, int end) {
    Expansion expansion = BACKSLASH.expandWord(word, SCOPE);

    assertThat(expansion.known()).isFalse();
    assertThat(expansion.value()).isEmpty();
    assertThat(expansion.error()).isPresent();
    assertThat(expansion.error().get().message()).startsWith(message);
    assertThat(expansion.error().get().span()).isEqualTo(new TextSpan(start, end));
  }

  @Test
  void backslashIsNoEscapeInPatternsUnderBacktickEscape() {
    Expansion expansion = BACKTICK.expandWord("${FOO%\\y}", SCOPE);

    assertThat(expansion.error()).hasValueSatisfying(e -> assertThat(e.message()).contains("invalid escape '\\y'"));
  }

  @Test
  void boundsNestingDepthInsteadOfOverflowingTheStack() {
    String hostile = "${A:-".repeat(100_000);

    Expansion expansion = BACKSLASH.expandWord(hostile, SCOPE);

    assertThat(expansion.error())
        .hasValueSatisfying(e -> assertThat(e.message()).contains("nested more than 100 levels"));
  }

  @Test
  void acceptsNestingUpToTheBound() {
    int levels = VariableExpander.MAX_NESTING;
    String word = "${A:-".repeat(levels) + "deep" + "}".repeat(levels);

    Expansion expansion = BACKSLASH.expandWord(word, SCOPE);

    assertThat(expansion.error()).isEmpty();
    assertThat(expansion.value()).isEqualTo("deep");
    assertThat(expansion.references()).hasSize(levels);
  }

  // ---- references ------------------------------------------------------------------------------------

  @Test
  void listsReferencesInInputOrderWithSpansAndBindings() {
    Expansion expansion = BACKSLASH.expandWord("$UNDEF ${SET} ${UNK:-$EMPTY}", SCOPE);

    assertThat(expansion.references())
        .containsExactly(
            new VariableReference("UNDEF", new TextSpan(0, 6), new TextSpan(1, 6), VariableBinding.Kind.UNDEFINED),
            new VariableReference("SET", new TextSpan(7, 13), new TextSpan(9, 12), VariableBinding.Kind.DEFINED),
            new VariableReference(
                "UNK", new TextSpan(14, 28), new TextSpan(16, 19), VariableBinding.Kind.DEFINED_UNKNOWN),
            new VariableReference("EMPTY", new TextSpan(21, 27), new TextSpan(22, 27), VariableBinding.Kind.DEFINED));
  }

  static Stream<Arguments> referenceNames() {
    return Stream.of(
        arguments("'$A'", List.of()),
        arguments("\\$A", List.of()),
        arguments("\"$A\"", List.of("A")),
        arguments("$A$B", List.of("A", "B")),
        arguments("${A:-${B:-$C}}", List.of("A", "B", "C")),
        arguments("${A+$B}", List.of("A", "B")),
        arguments("${A#$B}", List.of("A", "B")),
        arguments("${A/$B/$C}", List.of("A", "B", "C")),
        arguments("$1 $$ ${#}", List.of("1", "$", "#")),
        arguments("$", List.of()),
        // lookups made before an error are still reported
        arguments("${A:-$B", List.of("B")));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("referenceNames")
  void reportsEveryLookupBuildKitMakes(String word, List<String> names) {
    assertThat(BACKSLASH.expandWord(word, SCOPE).references()).extracting(VariableReference::name).isEqualTo(names);
  }

  @Test
  void tellsSpecialParametersFromVariableNames() {
    List<VariableReference> references = BACKSLASH.expandWord("$1 $$ $? $_a $ÄÖ $B", SCOPE).references();

    assertThat(references)
        .extracting(VariableReference::isSpecialParameter)
        .containsExactly(true, true, true, false, false, false);
  }

  // ---- words -----------------------------------------------------------------------------------------

  static Stream<Arguments> words() {
    return Stream.of(
        arguments("", List.of()),
        arguments("a b  c", List.of("a", "b", "c")),
        arguments("  lead trail  ", List.of("lead", "trail")),
        arguments("\"a b\" c", List.of("a b", "c")),
        arguments("'a b' c", List.of("a b", "c")),
        arguments("a\\ b", List.of("a b")),
        arguments("$SPACED", List.of("a", "b")),
        arguments("x$SPACED", List.of("x", "a", "b")),
        arguments("\"$SPACED\"", List.of(" a  b ")),
        arguments("a '' b", List.of("a", "b")),
        arguments("''", List.of()),
        arguments("80/tcp 443", List.of("80/tcp", "443")),
        arguments("${UNDEF:-1 2} 3", List.of("1", "2", "3")),
        arguments("${UNDEF:-\"1 2\"} 3", List.of("1", "2", "3")),
        arguments("\"${UNDEF:-1 2}\" 3", List.of("1 2", "3")),
        arguments("a${SET:-x}b", List.of("avalueb")),
        arguments("$SET$UNDEF $X", List.of("value", "x")),
        arguments("<< EOF", List.of("<< EOF")),
        arguments("a <<  EOF b", List.of("a", "<<  EOF", "b")),
        arguments("a < b", List.of("a", "<", "b")),
        arguments("a\tb\nc", List.of("a", "b", "c")),
        arguments("a\u00a0b\u2003c\u3000d", List.of("a", "b", "c", "d")),
        arguments("a\u200bb", List.of("a\u200bb")));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("words")
  void splitsWordsLikeProcessWords(String text, List<String> expected) {
    WordsExpansion expansion = BACKSLASH.expandWords(text, SCOPE);

    assertThat(expansion.error()).isEmpty();
    assertThat(expansion.known()).isTrue();
    assertThat(expansion.knownValues()).hasValue(expected);
  }

  @Test
  void givesEachWordTheSpanOfTheInputItCameFrom() {
    WordsExpansion expansion = BACKSLASH.expandWords("ab  \"c d\" $SPACED", SCOPE);

    assertThat(expansion.words())
        .containsExactly(
            new WordsExpansion.Word("ab", true, new TextSpan(0, 2)),
            new WordsExpansion.Word("c d", true, new TextSpan(4, 9)),
            new WordsExpansion.Word("a", true, new TextSpan(10, 17)),
            new WordsExpansion.Word("b", true, new TextSpan(10, 17)));
  }

  @Test
  void keepsAnUnknownValueAsOneUnknownWord() {
    WordsExpansion expansion = BACKSLASH.expandWords("a x$UNK b", SCOPE);

    assertThat(expansion.known()).isFalse();
    assertThat(expansion.knownValues()).isEmpty();
    assertThat(expansion.words())
        .containsExactly(
            new WordsExpansion.Word("a", true, new TextSpan(0, 1)),
            new WordsExpansion.Word("x$UNK", false, new TextSpan(2, 7)),
            new WordsExpansion.Word("b", true, new TextSpan(8, 9)));
  }

  @Test
  void returnsNoWordsOnError() {
    WordsExpansion expansion = BACKSLASH.expandWords("a 'b c", SCOPE);

    assertThat(expansion.words()).isEmpty();
    assertThat(expansion.known()).isFalse();
    assertThat(expansion.error()).isPresent();
  }

  @Test
  void splitsWithBacktickEscape() {
    assertThat(BACKTICK.expandWords("C:\\a` b c", SCOPE).knownValues()).hasValue(List.of("C:\\a b", "c"));
  }

  // ---- robustness ------------------------------------------------------------------------------------

  @Test
  void neverThrowsOnArbitraryInput() {
    String alphabet = "${}:-+?#%/\\'\"` <aZ1_@\n\u00a0X";
    Random random = new Random(20240601);
    VariableScope scope = VariableScope.of(Map.of("a", "v a", "Z", "", "X", "*?"), Set.of("aZ"));
    for (int i = 0; i < 30_000; i++) {
      StringBuilder word = new StringBuilder();
      int length = random.nextInt(24);
      for (int j = 0; j < length; j++) {
        word.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (VariableExpander expander : List.of(BACKSLASH, BACKTICK)) {
        Expansion single = expander.expandWord(word.toString(), scope);
        WordsExpansion split = expander.expandWords(word.toString(), scope);
        assertThat(single.error()).as(word.toString()).isEqualTo(split.error());
        single.error().ifPresent(e -> assertThat(e.span().end()).isLessThanOrEqualTo(word.length()));
        for (VariableReference reference : single.references()) {
          assertThat(reference.span().end()).isLessThanOrEqualTo(word.length());
        }
      }
    }
  }

  @Test
  void staysLinearOnPatternsThatBacktrackingEnginesChokeOn() {
    String value = "a".repeat(20_000);
    VariableScope scope = VariableScope.of(Map.of("V", value));
    String word = "${V#*a*a*a*a*a*a*a*a*a*a*a*a*b}${V%%*a*a*a*a*a*a*a*a*a*a*b}${V//*a*a*a*a*a*a*a*a*b/x}";

    Expansion expansion =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> BACKSLASH.expandWord(word, scope));

    assertThat(expansion.value()).isEqualTo(value + value + value);
  }

  @Test
  void treatsANullAnswerFromTheScopeAsUndefined() {
    Expansion expansion = BACKSLASH.expandWord("${A:-d}", name -> null);

    assertThat(expansion.value()).isEqualTo("d");
    assertThat(expansion.references().get(0).binding()).isEqualTo(VariableBinding.Kind.UNDEFINED);
  }
}
