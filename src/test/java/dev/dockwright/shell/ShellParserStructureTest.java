package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShellParserStructureTest {

  static Stream<Arguments> scripts() {
    return Stream.of(
        arguments("apt-get update", "[apt-get update]"),
        arguments("apt-get update && apt-get install -y curl", "([apt-get update] && [apt-get install -y curl])"),
        arguments("a && b || c", "([a] && [b] || [c])"),
        arguments("a; b & c", "[a]; [b] &; [c]"),
        arguments("a\nb\n\nc\n", "[a]; [b]; [c]"),
        arguments("a | b |& c", "([a] | [b] |& [c])"),
        arguments("! grep -q x f", "(! [grep -q x f])"),
        arguments("a &&\n  b ||\n  c", "([a] && [b] || [c])"),
        arguments("a |\n b", "([a] | [b])"),
        arguments("FOO=1 BAR=\"x y\" cmd arg", "[FOO=1 BAR=\"x y\" cmd arg]"),
        arguments("FOO=1", "[FOO=1]"),
        arguments("PATH+=:/x", "[PATH+=:/x]"),
        arguments("arr=(a b \"c d\")", "[arr=(a b \"c d\")]"),
        arguments("cmd >out 2>&1 <in >>log &>all", "[cmd >out 2>&1 <in >>log &>all]"),
        arguments("cmd 2> /dev/null", "[cmd 2>/dev/null]"),
        arguments("(cd /tmp && make) > log", "(subshell ([cd /tmp] && [make])) >log"),
        arguments("{ a; b; }", "{[a]; [b]}"),
        arguments("if a; then b; elif c; then d; else e; fi", "(if [a] then [b] elif [c] then [d] else [e])"),
        arguments("if [ -f x ]\nthen\n  rm x\nfi", "(if [[ -f x ]] then [rm x])"),
        arguments("for f in a b \"c\"; do echo $f; done", "(for f in a b \"c\" do [echo $f])"),
        arguments("for f\ndo echo; done", "(for f do [echo])"),
        arguments("for ((i=0; i<3; i++)); do echo $i; done", "(for ((i=0; i<3; i++)) do [echo $i])"),
        arguments("while read l; do echo \"$l\"; done < f", "(while [read l] do [echo \"$l\"])"),
        arguments("until false; do :; done", "(until [false] do [:])"),
        arguments("case $x in a|b) echo ab;; *) echo other;; esac",
            "(case $x a|b) [echo ab] ;; *) [echo other] ;;)"),
        arguments("case \"$1\" in\n  (start) run ;;\n  stop) ;;\nesac", "(case \"$1\" start) [run] ;; stop) ;;)"),
        arguments("case x in a) b;& c) d;;& e) f\nesac", "(case x a) [b] ;& c) [d] ;;& e) [f])"),
        arguments("f() { echo hi; }", "(function f {[echo hi]})"),
        arguments("function g { echo; }", "(function g {[echo]})"),
        arguments("function h() ( echo )", "(function h (subshell [echo]))"),
        arguments("(( i++ ))", "(( i++ ))"),
        arguments("[[ -n $x && $y < 3 ]] || exit 1", "([[[ -n $x && $y < 3 ]]] || [exit 1])"),
        arguments("echo a#b # trailing comment\n# whole line\necho c", "[echo a#b]; [echo c]"),
        arguments("echo if then fi", "[echo if then fi]"),
        arguments("echo }", "[echo }]"),
        arguments("x=$(a; b) y", "[x=$(a; b) y]"),
        arguments("diff <(ls a) >(cat)", "[diff <(ls a) >(cat)]"),
        arguments("a;b", "[a]; [b]"),
        arguments("", ""),
        arguments("   # only a comment", ""));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("scripts")
  void parsesCommandStructure(String script, String expectedTree) {
    ShellScript parsed = Scripts.run(script);

    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.parsedCleanly()).isTrue();
    assertThat(TreePrinter.print(parsed)).isEqualTo(expectedTree);
  }
}
