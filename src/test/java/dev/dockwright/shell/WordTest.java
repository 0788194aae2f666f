package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WordTest {

  static Stream<Arguments> words() {
    return Stream.of(
        // word, literalValue (null = none), hasExpansion, isQuoted, hasGlob, part kinds
        arguments("plain", "plain", false, false, false, List.of("Literal")),
        arguments("\"a b\"", "a b", false, true, false, List.of("DoubleQuoted")),
        arguments("'$x'", "$x", false, true, false, List.of("SingleQuoted")),
        arguments("a\"b\"'c'\\d", "abcd", false, true, false, List.of("Literal", "DoubleQuoted", "SingleQuoted", "Escaped")),
        arguments("$HOME", null, true, false, false, List.of("ParameterExpansion")),
        arguments("\"$HOME/x\"", null, true, true, false, List.of("DoubleQuoted")),
        arguments("pre${x:-def}", null, true, false, false, List.of("Literal", "ParameterExpansion")),
        arguments("$(date)", null, true, false, false, List.of("CommandSubstitution")),
        arguments("`date`", null, true, false, false, List.of("CommandSubstitution")),
        arguments("$((1+2))", null, true, false, false, List.of("Arithmetic")),
        arguments("$'a\\tb'", "a\tb", false, true, false, List.of("AnsiCQuoted")),
        arguments("$\"hello\"", "hello", false, true, false, List.of("DoubleQuoted")),
        arguments("*.deb", "*.deb", false, false, true, List.of("Literal")),
        arguments("\"*.deb\"", "*.deb", false, true, false, List.of("DoubleQuoted")),
        arguments("\\*.deb", "*.deb", false, true, false, List.of("Escaped", "Literal")),
        arguments("/var/lib/apt/lists/*", "/var/lib/apt/lists/*", false, false, true, List.of("Literal")),
        arguments("file?.txt", "file?.txt", false, false, true, List.of("Literal")),
        arguments("[abc].c", "[abc].c", false, false, true, List.of("Literal")),
        arguments("[", "[", false, false, false, List.of("Literal")),
        arguments("\"a\\\"b\"", "a\"b", false, true, false, List.of("DoubleQuoted")),
        arguments("\"a\\nb\"", "a\\nb", false, true, false, List.of("DoubleQuoted")),
        arguments("a$", "a$", false, false, false, List.of("Literal")),
        arguments("\"$@\"", null, true, true, false, List.of("DoubleQuoted")),
        arguments("~/.cache", "~/.cache", false, false, false, List.of("Literal")),
        arguments("x=$y", null, true, false, false, List.of("Literal", "ParameterExpansion")),
        arguments("''", "", false, true, false, List.of("SingleQuoted")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("words")
  void classifiesWord(String word, String literal, boolean expansion, boolean quoted, boolean glob,
      List<String> partKinds) {
    Word parsed = Scripts.run("echo " + word).words().get(1);

    assertThat(parsed.raw()).isEqualTo(word);
    assertThat(parsed.literalValue().orElse(null)).isEqualTo(literal);
    assertThat(parsed.hasExpansion()).isEqualTo(expansion);
    assertThat(parsed.isQuoted()).isEqualTo(quoted);
    assertThat(parsed.hasGlob()).isEqualTo(glob);
    assertThat(parsed.parts()).extracting(p -> p.getClass().getSimpleName()).isEqualTo(partKinds);
  }

  static Stream<Arguments> parameterExpansions() {
    return Stream.of(
        // word, name, prefix, operator, operand raw (null = none), braced
        arguments("$HOME", "HOME", "", "", null, false),
        arguments("$1", "1", "", "", null, false),
        arguments("$?", "?", "", "", null, false),
        arguments("${x}", "x", "", "", null, true),
        arguments("${#x}", "x", "#", "", null, true),
        arguments("${!ref}", "ref", "!", "", null, true),
        arguments("${arr[0]}", "arr[0]", "", "", null, true),
        arguments("${x:-a b}", "x", "", ":-", "a b", true),
        arguments("${f%%.*}", "f", "", "%%", ".*", true),
        arguments("${v/#x/y}", "v", "", "/#", "x/y", true),
        arguments("${x:=}", "x", "", ":=", "", true),
        arguments("${x:-\"q}\"}", "x", "", ":-", "\"q}\"", true));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("parameterExpansions")
  void parsesParameterExpansion(String word, String name, String prefix, String operator, String operand,
      boolean braced) {
    Word parsed = Scripts.run("echo " + word).words().get(1);

    assertThat(parsed.parts()).hasSize(1);
    WordPart.ParameterExpansion pe = (WordPart.ParameterExpansion) parsed.parts().get(0);
    assertThat(pe.name()).isEqualTo(name);
    assertThat(pe.prefix()).isEqualTo(prefix);
    assertThat(pe.operator()).isEqualTo(operator);
    assertThat(pe.operand().map(Word::raw).orElse(null)).isEqualTo(operand);
    assertThat(pe.braced()).isEqualTo(braced);
    assertThat(Scripts.at(pe.range())).isEqualTo("1:10-1:" + (10 + word.length()));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("nestedSubstitutions")
  void parsesCommandSubstitutionAsNestedScript(String word, String innerTree, String innerRange) {
    Word parsed = Scripts.run("echo " + word).words().get(1);

    WordPart.CommandSubstitution sub = (WordPart.CommandSubstitution) parsed.parts().get(0);
    assertThat(TreePrinter.print(sub.script())).isEqualTo(innerTree);
    assertThat(Scripts.at(sub.script().range().orElseThrow())).isEqualTo(innerRange);
  }

  static Stream<Arguments> nestedSubstitutions() {
    return Stream.of(
        arguments("$(cat /etc/os-release | grep ID)", "([cat /etc/os-release] | [grep ID])", "1:12-1:41"),
        arguments("`uname -r`", "[uname -r]", "1:11-1:19"),
        arguments("$(case x in a) echo;; esac)", "(case x a) [echo] ;;)", "1:12-1:36"),
        arguments("$( (cd /x; ls) )", "(subshell [cd /x]; [ls])", "1:12-1:25"),
        arguments("$(echo $(echo $(id -u)))", "[echo $(echo $(id -u))]", "1:12-1:33"));
  }
}
