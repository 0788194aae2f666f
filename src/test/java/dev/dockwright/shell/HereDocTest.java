package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HereDocTest {

  static Stream<Arguments> hereDocs() {
    return Stream.of(
        // RUN text, tree, delimiter, quoted, stripsTabs, body, body range, terminated
        arguments("cat <<EOF > /etc/x\nline1\n$HOME\nEOF\necho done", "[cat <<EOF >/etc/x]; [echo done]",
            "EOF", false, false, "line1\n$HOME\n", "2:1-4:1", true),
        arguments("cat <<-'END'\n\ta\n\tEND\n", "[cat <<-'END']", "END", true, true, "a\n", "2:1-3:1", true),
        arguments("cat <<\"E F\"\nfi )\nE F", "[cat <<\"E F\"]", "E F", true, false, "fi )\n", "2:1-3:1", true),
        arguments("cat <<EOF > /x", "[cat <<EOF >/x]", "EOF", false, false, "", "1:19-1:19", false),
        arguments("cat <<EOF | sh\nset -e\n", "([cat <<EOF] | [sh])", "EOF", false, false, "set -e\n", "2:1-3:1",
            false));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("hereDocs")
  void readsHereDocumentBodies(String run, String tree, String delimiter, boolean quoted, boolean stripsTabs,
      String body, String bodyRange, boolean terminated) {
    ShellScript script = Scripts.run(run);

    assertThat(script.parsedCleanly()).isTrue();
    assertThat(TreePrinter.print(script)).isEqualTo(tree);
    HereDoc doc = firstHereDoc(script);
    assertThat(doc.delimiter()).isEqualTo(delimiter);
    assertThat(doc.delimiterQuoted()).isEqualTo(quoted);
    assertThat(doc.stripsTabs()).isEqualTo(stripsTabs);
    assertThat(doc.body()).isEqualTo(body);
    assertThat(Scripts.at(doc.bodyRange())).isEqualTo(bodyRange);
    assertThat(doc.terminated()).isEqualTo(terminated);
  }

  private static HereDoc firstHereDoc(ShellScript script) {
    for (ScriptWalker.Visit visit : ScriptWalker.walk(script)) {
      if (visit.command() instanceof SimpleCommand c) {
        for (Redirection r : c.redirections()) {
          if (r.hereDoc().isPresent()) {
            return r.hereDoc().get();
          }
        }
      }
    }
    throw new AssertionError("no here-document");
  }

  @Test
  void twoHereDocsOnOneLineTakeConsecutiveBodies() {
    ShellScript script = Scripts.run("paste <<A <<B\na\nA\nb\nB\necho after");

    SimpleCommand paste = (SimpleCommand) script.statements().get(0).command();
    assertThat(paste.redirections()).extracting(r -> r.hereDoc().orElseThrow().body()).containsExactly("a\n", "b\n");
    assertThat(script.invocations()).extracting(Invocation::name).containsExactly("paste", "echo");
  }

  @Test
  void hereDocInsideCommandSubstitution() {
    ShellScript script = Scripts.run("x=$(cat <<EOF\nhi\nEOF\n)\necho \"$x\"");

    assertThat(script.parsedCleanly()).isTrue();
    assertThat(script.invocations()).extracting(Invocation::name).containsExactly("cat", "echo");
  }

  @Test
  void shellReadingAHereDocIsParsedAsNestedScript() {
    ShellScript script = Scripts.run("bash <<'EOF'\napt-get install -y git\nEOF");

    List<Invocation> invocations = script.invocations();
    assertThat(invocations).extracting(Invocation::name).containsExactly("bash", "apt-get");
    Invocation aptGet = invocations.get(1);
    assertThat(aptGet.wrappers()).extracting(Wrapper::name).containsExactly("bash <<");
    assertThat(Scripts.at(aptGet.commandWord().range())).isEqualTo("2:1-2:8");
    assertThat(script.packageOperations()).hasSize(1);
  }

  @Test
  void hereDocBodyIsNotParsedAsCommands() {
    ShellScript script = Scripts.run("cat > /etc/apt/sources.list <<EOF\napt-get install evil\nEOF\napt-get update");

    assertThat(script.invocations()).extracting(Invocation::name).containsExactly("cat", "apt-get");
    assertThat(script.packageOperations()).extracting(PackageOperation::verb).containsExactly(PackageVerb.UPDATE);
  }
}
