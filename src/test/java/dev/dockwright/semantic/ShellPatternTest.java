package dev.dockwright.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShellPatternTest {

  static Stream<Arguments> prefixes() {
    return Stream.of(
        arguments("*x*y", "xxyy", false, "y"),
        arguments("*x*y", "xxyy", true, ""),
        arguments("*", "abc", false, "abc"),
        arguments("*", "abc", true, ""),
        arguments("?", "abc", false, "bc"),
        arguments("", "abc", true, "abc"),
        arguments("b", "abc", true, "abc"),
        arguments("\\*", "*a", false, "a"),
        arguments("\\?", "?a", false, "a"),
        arguments("\\\\", "\\a", false, "a"),
        arguments("\\}", "}a", false, "a"),
        arguments("\\/", "/a", false, "a"),
        arguments("(()[]{}^$.|+", "(()[]{}^$.|+x", false, "x"),
        // like Go's '.', wildcards never match a newline
        arguments("*", "a\nb", true, "\nb"),
        arguments("a?b", "a\nb", true, "a\nb"),
        // wildcards consume whole code points
        arguments("?", "\uD83D\uDE80x", false, "x"));
  }

  @ParameterizedTest(name = "[{index}] {0} on {1} greedy={2}")
  @MethodSource("prefixes")
  void trimsPrefixesWithLeftmostFirstSemantics(String pattern, String value, boolean greedy, String expected)
      throws Exception {
    assertThat(ShellPattern.trimPrefix(pattern, value, greedy)).isEqualTo(expected);
  }

  static Stream<Arguments> suffixes() {
    return Stream.of(
        arguments("y", "xxyy", false, "xxy"),
        arguments("y*", "xxyy", false, "xxy"),
        arguments("y*", "xxyy", true, "xx"),
        arguments("\\**\\*", "a***yy*", true, "a"),
        arguments("\\**", "xx**", true, "xx"),
        arguments(".*", "file.tar.gz", false, "file.tar"),
        arguments(".*", "file.tar.gz", true, "file"));
  }

  @ParameterizedTest(name = "[{index}] {0} on {1} greedy={2}")
  @MethodSource("suffixes")
  void trimsSuffixesByReversing(String pattern, String value, boolean greedy, String expected) throws Exception {
    assertThat(ShellPattern.trimSuffix(pattern, value, greedy)).isEqualTo(expected);
  }

  static Stream<Arguments> reversedPatterns() {
    return Stream.of(
        arguments("a\\*c", "c\\*a"),
        arguments("\\\\\\ab", "b\\a\\\\"),
        arguments("ab\\", "\\ba"),
        arguments("\uD83D\uDC7D\\\uD83D\uDE80\uD83D\uDD96", "\uD83D\uDD96\\\uD83D\uDE80\uD83D\uDC7D"),
        arguments("\\\\b", "b\\\\"));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @MethodSource("reversedPatterns")
  void reversesPatternsKeepingEscapePairs(String pattern, String expected) {
    assertThat(ShellPattern.reversePattern(pattern)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\", "\\x", "\\\\\\", "a\\b"})
  void rejectsEscapesOfOrdinaryCharacters(String pattern) {
    assertThatThrownBy(() -> ShellPattern.compile(pattern, true))
        .isInstanceOf(ShellPattern.InvalidPatternException.class)
        .hasMessageStartingWith("invalid escape");
  }

  static Stream<Arguments> replacements() {
    return Stream.of(
        arguments(true, "x", "xxyy", "[$0]", "[x][x]yy"),
        arguments(true, "x", "xxyy", "${0}", "xxyy"),
        arguments(true, "x", "xxyy", "$$", "$$yy"),
        arguments(true, "x", "xxyy", "$1", "yy"),
        arguments(true, "x", "xxyy", "$0x", "yy"),
        arguments(true, "x", "xxyy", "$", "$$yy"),
        arguments(true, "x", "xxyy", "${", "${${yy"),
        arguments(true, "x", "xxyy", "${0", "${0${0yy"),
        arguments(true, "*", "xxyy", "-", "-"),
        arguments(true, "", "ab", "-", "-a-b-"),
        arguments(true, "y*", "xxyy", "-", "xx-"),
        arguments(false, "x", "xxyy", "[$0]", "[$0]xyy"),
        arguments(false, "", "ab", "-", "-ab"),
        arguments(false, "q", "ab", "-", "ab"));
  }

  @ParameterizedTest(name = "[{index}] all={0} {1} in {2} by {3}")
  @MethodSource("replacements")
  void replacesLikeGoRegexp(boolean all, String pattern, String value, String replacement, String expected)
      throws Exception {
    String actual =
        all
            ? ShellPattern.replaceAll(pattern, value, replacement)
            : ShellPattern.replaceFirst(pattern, value, replacement);

    assertThat(actual).isEqualTo(expected);
  }
}
