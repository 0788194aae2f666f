package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Scripts that are not valid shell must degrade, never throw, and still expose what they can. */
class RecoveryTest {

  static Stream<Arguments> invalidScripts() {
    return Stream.of(
        // RUN text, diagnostic message, diagnostic range, recovered tree
        arguments("apt-get update && apt-get install -y curl; fi", "unexpected `fi`", "1:48-1:50",
            "([apt-get update] && [apt-get install -y curl])"),
        arguments("if true; then apt-get install -y vim", "expected `fi` to close `if`, found end of script",
            "1:5-1:7", "[true]; [apt-get install -y vim]"),
        arguments("echo \"unterminated && apt-get install x", "unterminated double quote", "1:10-1:11",
            "[echo \"unterminated && apt-get install x]"),
        arguments("echo 'a && b", "unterminated single quote", "1:10-1:11", "[echo 'a && b]"),
        arguments("make ) && make install", "unexpected `)`", "1:10-1:11", "[make]; [make install]"),
        arguments("a | | b", "expected a command, found `|`", "1:9-1:10", "([a] | [b])"),
        arguments("done; rm -rf /tmp/x", "unexpected `done`", "1:5-1:9", "[rm -rf /tmp/x]"),
        arguments("echo ${x", "expected `}` to close `${`, found end of script", "1:10-1:12", "[echo ${x]"),
        arguments("for x in a b; do rm $x; done done", "unexpected `done`", "1:34-1:38", "[rm $x]"),
        arguments("{ echo hi }", "expected `}` to close `{`, found end of script", "1:5-1:6", "[echo hi }]"),
        arguments("apt-get install -y x || true )", "unexpected `)`", "1:34-1:35",
            "([apt-get install -y x] || [true])"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidScripts")
  void degradesToRecoveredCommands(String run, String message, String range, String recovered) {
    ShellScript script = Scripts.run(run);

    assertThat(script.parsedCleanly()).isFalse();
    assertThat(script.diagnostics()).extracting(d -> d.message() + " @" + Scripts.at(d.range()))
        .containsExactly(message + " @" + range);
    assertThat(TreePrinter.print(script)).isEqualTo(recovered);
  }

  @Test
  void recoveredScriptStillAnswersQueries() {
    ShellScript script = Scripts.run("apt-get install -y curl=7.1 && rm -rf /var/lib/apt/lists/* || true; fi");

    assertThat(script.parsedCleanly()).isFalse();
    assertThat(script.packageOperations()).singleElement().satisfies(op -> {
      assertThat(op.packages()).extracting(PackageRef::name, PackageRef::version).containsExactly(
          org.assertj.core.groups.Tuple.tuple("curl", "7.1"));
      assertThat(Scripts.at(op.packages().get(0).range())).isEqualTo("1:24-1:32");
    });
    assertThat(script.hasCleanup(PackageManager.APT_GET)).isTrue();
    assertThat(script.invocationsOf("rm").get(0).failureMasked()).isTrue();
  }

  @Test
  void recoveredWordsIncludeKeywordsAndRedirectionTargets() {
    ShellScript script = Scripts.run("if x; then cat > out; fi fi");

    assertThat(script.parsedCleanly()).isFalse();
    assertThat(Scripts.raws(script.words())).containsExactly("if", "x", "then", "cat", "out", "fi", "fi");
  }

  static Stream<Arguments> hostileScripts() {
    return Stream.of(
        arguments("deep $(", "echo " + "$(".repeat(5000) + ")".repeat(5000)),
        arguments("deep (", "(".repeat(100_000)),
        arguments("deep { ", "{ ".repeat(20_000)),
        arguments("deep ${", "echo " + "${x:-".repeat(5000) + "}".repeat(5000)),
        arguments("deep if", "if ".repeat(20_000)),
        arguments("deep quotes", "echo \"$(echo \"".repeat(3000)),
        arguments("unclosed $((", "echo " + "$(( (".repeat(20_000)),
        arguments("backquotes", "echo `".repeat(10_000)),
        arguments("many heredocs", "cat <<EOF\n".repeat(20_000)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("hostileScripts")
  void hostileInputNeitherOverflowsNorHangs(String name, String run) {
    AtomicReference<ShellScript> result = new AtomicReference<>();
    // A small stack proves the depth limit, not a big default stack, keeps recursion in check.
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      Thread t = new Thread(null, () -> {
        ShellScript script = Scripts.run(run);
        script.invocations();
        script.packageOperations();
        script.pipelines();
        script.setsPipefail();
        result.set(script);
      }, "parse", 512 * 1024);
      t.start();
      t.join();
    });
    assertThat(result.get()).as("parse finished without an exception").isNotNull();
  }

  @Test
  void nestingWithinTheLimitStillParsesCleanly() {
    String run = "echo " + "$(echo ".repeat(49) + "$(id" + ")".repeat(50);

    ShellScript script = Scripts.run(run);

    assertThat(script.parsedCleanly()).isTrue();
    List<Invocation> invocations = script.invocations();
    assertThat(invocations).hasSize(51);
    Invocation innermost = invocations.get(50);
    assertThat(innermost.name()).isEqualTo("id");
    assertThat(innermost.inCommandSubstitution()).isTrue();
    assertThat(Scripts.at(innermost.commandWord().range())).isEqualTo("1:355-1:357");
  }

  @Test
  void nestingBeyondTheLimitDegradesWithDiagnostic() {
    ShellScript script = Scripts.run("echo " + "$(".repeat(500) + ")".repeat(500));

    assertThat(script.parsedCleanly()).isFalse();
    assertThat(script.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).isEqualTo("nesting deeper than 200 levels"));
  }

  @Test
  void longFlatChainsParseCleanlyInLinearTime() {
    String run = "true && ".repeat(50_000) + "true";

    assertThatCode(() -> assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      ShellScript script = Scripts.run(run);
      assertThat(script.parsedCleanly()).isTrue();
      assertThat(script.invocations()).hasSize(50_001);
    })).doesNotThrowAnyException();
  }
}
