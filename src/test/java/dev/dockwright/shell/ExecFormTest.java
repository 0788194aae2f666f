package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.ast.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecFormTest {

  /** Exec args for a JSON array in {@code line}, with each string's range including its quotes. */
  private static List<ExecArg> execArgs(SourceText source, String... values) {
    List<ExecArg> args = new ArrayList<>();
    int from = 0;
    String text = source.text();
    for (String value : values) {
      String json = "\"" + value.replace("\"", "\\\"") + "\"";
      int start = text.indexOf(json, from);
      args.add(new ExecArg(value, source.range(start, start + json.length())));
      from = start + json.length();
    }
    return args;
  }

  @Test
  void execFormIsOneLiteralSimpleCommand() {
    SourceText source = new SourceText("RUN [\"apt-get\", \"install\", \"-y\", \"$HOME\"]");
    ShellScript script = ShellScript.fromExec(execArgs(source, "apt-get", "install", "-y", "$HOME"));

    assertThat(script.isExecForm()).isTrue();
    assertThat(script.parsedCleanly()).isTrue();
    Invocation inv = script.invocations().get(0);
    assertThat(inv.name()).isEqualTo("apt-get");
    assertThat(inv.hasOption("-y")).isTrue();
    PackageOperation op = script.packageOperations().get(0);
    assertThat(op.packages()).extracting(PackageRef::name, r -> Scripts.at(r.range()))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("$HOME", "1:34-1:41"));
    assertThat(op.packages().get(0).pinKind()).isEqualTo(PinKind.NONE);
  }

  @Test
  void shellScriptArgumentIsParsedWhenSourceIsGiven() {
    SourceText source = new SourceText("CMD [\"sh\", \"-c\", \"apt-get update && exec nginx\"]");
    List<ExecArg> args = execArgs(source, "sh", "-c", "apt-get update && exec nginx");

    ShellScript withSource = ShellScript.fromExec(args, source);
    ShellScript withoutSource = ShellScript.fromExec(args);

    assertThat(withSource.invocations()).extracting(Invocation::name).containsExactly("sh", "apt-get", "nginx");
    assertThat(Scripts.at(withSource.invocations().get(2).commandWord().range())).isEqualTo("1:42-1:47");
    assertThat(withoutSource.invocations()).extracting(Invocation::name).containsExactly("sh");
  }

  @Test
  void scriptArgumentWithJsonEscapesIsNotParsed() {
    SourceText source = new SourceText("CMD [\"sh\", \"-c\", \"echo \\\"hi\\\"\"]");
    List<ExecArg> args = List.of(
        new ExecArg("sh", source.range(5, 9)),
        new ExecArg("-c", source.range(11, 15)),
        new ExecArg("echo \"hi\"", source.range(17, source.length() - 1)));

    assertThat(ShellScript.fromExec(args, source).invocations()).extracting(Invocation::name).containsExactly("sh");
  }

  @Test
  void emptyExecFormHasNoCommands() {
    ShellScript script = ShellScript.fromExec(List.of());

    assertThat(script.statements()).isEmpty();
    assertThat(script.invocations()).isEmpty();
    assertThat(script.range()).isEmpty();
  }
}
