package dev.dockwright.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.ast.CommandLine;
import dev.dockwright.ast.Dockerfile;
import dev.dockwright.ast.Flag;
import dev.dockwright.ast.Heredoc;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.KeyValue;
import dev.dockwright.ast.SourceRange;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Exact ranges (line:column-line:column, end exclusive) of every kind of node and sub-token. */
class AstRangeTest {
  private static Dockerfile parse(String text) {
    return DockerfileReader.parse(text.getBytes(StandardCharsets.UTF_8)).ast();
  }

  private static String r(SourceRange range) {
    return range.toString();
  }

  @SuppressWarnings("unchecked")
  private static <T extends Instruction> T first(Dockerfile df, Class<T> type) {
    return (T) df.instructions().stream().filter(type::isInstance).findFirst().orElseThrow();
  }

  @Test
  void fromWithPlatformFlagImageAndStage() {
    var from = first(parse("FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"), Instruction.From.class);
    assertThat(r(from.keyword().range())).isEqualTo("1:1-1:5");
    Flag platform = from.flag("platform").orElseThrow();
    assertThat(platform.value()).contains("$BUILDPLATFORM");
    assertThat(r(platform.range())).isEqualTo("1:6-1:31");
    assertThat(r(platform.nameToken().range())).isEqualTo("1:8-1:16");
    assertThat(r(platform.valueToken().orElseThrow().range())).isEqualTo("1:17-1:31");
    assertThat(r(from.image().orElseThrow().range())).isEqualTo("1:32-1:43");
    assertThat(r(from.asKeyword().orElseThrow().range())).isEqualTo("1:44-1:46");
    assertThat(from.stageName().orElseThrow().text()).isEqualTo("build");
    assertThat(r(from.stageName().orElseThrow().range())).isEqualTo("1:47-1:52");
    assertThat(r(from.range())).isEqualTo("1:1-1:52");
    // sub-ranges of a token: the tag of the image
    assertThat(r(from.image().orElseThrow().subRange(7, 11))).isEqualTo("1:39-1:43");
  }

  @Test
  void shellFormJoinedAcrossContinuationKeepsExactRanges() {
    var run = first(parse("FROM a\nRUN apt-get update && \\\n    apt-get install -y curl\n"), Instruction.Run.class);
    var shell = (CommandLine.ShellForm) run.command().orElseThrow();
    assertThat(shell.text()).isEqualTo("apt-get update &&     apt-get install -y curl");
    assertThat(r(shell.range())).isEqualTo("2:5-3:28");
    int curl = shell.text().indexOf("curl");
    assertThat(r(shell.script().range(curl, curl + 4))).isEqualTo("3:24-3:28");
    int and = shell.text().indexOf("&&");
    assertThat(r(shell.script().range(and, shell.text().indexOf("apt-get", and) + 7))).isEqualTo("2:20-3:12");
    assertThat(r(run.range())).isEqualTo("2:1-3:28");
  }

  @Test
  void envPairs() {
    var env = first(parse("FROM a\nENV A=1 B=\"two words\"\n"), Instruction.Env.class);
    KeyValue a = env.pairs().get(0);
    KeyValue b = env.pairs().get(1);
    assertThat(r(a.key().range())).isEqualTo("2:5-2:6");
    assertThat(r(a.value().orElseThrow().range())).isEqualTo("2:7-2:8");
    assertThat(r(b.key().range())).isEqualTo("2:9-2:10");
    assertThat(b.valueText()).isEqualTo("\"two words\"");
    assertThat(r(b.value().orElseThrow().range())).isEqualTo("2:11-2:22");
    assertThat(a.legacyForm()).isFalse();
  }

  @Test
  void legacyEnvTakesTheRestOfTheLine() {
    var env = first(parse("FROM a\nENV PATH /usr/bin:/bin  x\n"), Instruction.Env.class);
    KeyValue kv = env.pairs().get(0);
    assertThat(kv.legacyForm()).isTrue();
    assertThat(kv.key().text()).isEqualTo("PATH");
    assertThat(kv.valueText()).isEqualTo("/usr/bin:/bin  x");
    assertThat(r(kv.value().orElseThrow().range())).isEqualTo("2:10-2:26");
  }

  @Test
  void labelValueContinuedInsideQuotes() {
    var label = first(parse("FROM a\nLABEL d=\"a \\\nb\" e=f\n"), Instruction.Label.class);
    assertThat(label.pairs()).extracting(KeyValue::valueText).containsExactly("\"a b\"", "f");
    assertThat(r(label.pairs().get(0).value().orElseThrow().range())).isEqualTo("2:9-3:3");
    assertThat(r(label.pairs().get(1).key().range())).isEqualTo("3:4-3:5");
  }

  @Test
  void execFormArguments() {
    var cmd = first(parse("FROM a\nCMD [\"a\", \"b c\"]\n"), Instruction.Cmd.class);
    var exec = (CommandLine.ExecForm) cmd.command().orElseThrow();
    assertThat(exec.args()).extracting(a -> a.value()).containsExactly("a", "b c");
    assertThat(r(exec.args().get(0).range())).isEqualTo("2:6-2:9");
    assertThat(r(exec.args().get(1).range())).isEqualTo("2:11-2:16");
    assertThat(r(exec.range())).isEqualTo("2:5-2:17");
  }

  @Test
  void heredocMarkerBodyAndTerminator() {
    Dockerfile df = parse("FROM a\nRUN <<EOF\necho a\nEOF\nCMD x\n");
    var run = first(df, Instruction.Run.class);
    Heredoc h = run.heredocs().get(0);
    assertThat(h.name()).isEqualTo("EOF");
    assertThat(h.expand()).isTrue();
    assertThat(r(h.marker().range())).isEqualTo("2:5-2:10");
    assertThat(h.body().text()).isEqualTo("echo a\n");
    assertThat(r(h.body().range(0, h.body().length()))).isEqualTo("3:1-4:1");
    assertThat(r(h.terminator().orElseThrow())).isEqualTo("4:1-4:4");
    assertThat(r(run.range())).isEqualTo("2:1-4:4");
    assertThat(r(df.instructions().get(2).range())).isEqualTo("5:1-5:6");
  }

  @Test
  void chompedQuotedAndMultipleHeredocs() {
    var run = first(parse("FROM a\nRUN <<-A <<'B' cat\n\tone\n\tA\ntwo\nB\n"), Instruction.Run.class);
    assertThat(run.heredocs()).extracting(Heredoc::name).containsExactly("A", "B");
    Heredoc a = run.heredocs().get(0);
    Heredoc b = run.heredocs().get(1);
    assertThat(a.chomp()).isTrue();
    assertThat(a.content()).isEqualTo("one\n");
    assertThat(b.expand()).isFalse();
    assertThat(b.content()).isEqualTo("two\n");
    assertThat(r(b.marker().range())).isEqualTo("2:10-2:15");
    assertThat(r(b.terminator().orElseThrow())).isEqualTo("6:1-6:2");
  }

  @Test
  void copyHeredocUnderOnbuild() {
    var onbuild = first(parse("FROM a\nONBUILD COPY <<EOF /x\nhi\nEOF\n"), Instruction.Onbuild.class);
    var copy = (Instruction.Copy) onbuild.trigger().orElseThrow();
    assertThat(r(copy.keyword().range())).isEqualTo("2:9-2:13");
    assertThat(copy.heredocs()).hasSize(1);
    assertThat(copy.heredocs().get(0).content()).isEqualTo("hi\n");
    assertThat(copy.args()).extracting(a -> a.value()).containsExactly("<<EOF", "/x");
  }

  @Test
  void directives() {
    Dockerfile df = parse("# syntax=docker/dockerfile:1\n#  Escape = `\nFROM a\n");
    assertThat(df.escape()).isEqualTo('`');
    assertThat(df.directives()).hasSize(2);
    var escape = df.directives().get(1);
    assertThat(escape.name()).isEqualTo("escape");
    assertThat(r(escape.nameToken().range())).isEqualTo("2:4-2:10");
    assertThat(r(escape.valueToken().range())).isEqualTo("2:13-2:14");
    assertThat(r(df.directives().get(0).valueToken().range())).isEqualTo("1:10-1:29");
  }

  @Test
  void commentAndEmptyLinesInsideContinuation() {
    var run = first(parse("FROM a\nRUN a \\\n  # c\n\n  b\n"), Instruction.Run.class);
    assertThat(run.head().continuationComments()).hasSize(1);
    assertThat(run.head().continuationComments().get(0).text()).isEqualTo("c");
    assertThat(r(run.head().continuationComments().get(0).range())).isEqualTo("3:3-3:6");
    assertThat(run.head().emptyContinuationLines()).extracting(SourceRange::toString).containsExactly("4:1-4:1");
    assertThat(((CommandLine.ShellForm) run.command().orElseThrow()).text()).isEqualTo("a   b");
    assertThat(r(run.range())).isEqualTo("2:1-5:4");
  }

  @Test
  void backtickEscapeContinuation() {
    var run = first(parse("# escape=`\nFROM a\nRUN dir `\n  C:\\\n"), Instruction.Run.class);
    var shell = (CommandLine.ShellForm) run.command().orElseThrow();
    assertThat(shell.text()).isEqualTo("dir   C:\\");
    assertThat(r(shell.range())).isEqualTo("3:5-4:6");
  }

  @Test
  void columnsCountUtf16UnitsAfterAstralCharacters() {
    var label = first(parse("FROM a\nLABEL x=\"\uD83D\uDE00\" y=z\n"), Instruction.Label.class);
    assertThat(r(label.pairs().get(1).key().range())).isEqualTo("2:14-2:15");
  }

  @Test
  void crlfLineEndsAreNotPartOfRanges() {
    Dockerfile df = parse("FROM a\r\nRUN b \\\r\n  c\r\n");
    assertThat(r(df.instructions().get(0).range())).isEqualTo("1:1-1:7");
    assertThat(r(df.instructions().get(1).range())).isEqualTo("2:1-3:4");
    assertThat(((CommandLine.ShellForm) ((Instruction.Run) df.instructions().get(1)).command().orElseThrow()).text())
        .isEqualTo("b   c");
  }

  @Test
  void byteOrderMarkIsDroppedAndRemembered() {
    byte[] bytes = "\uFEFFFROM a\n".getBytes(StandardCharsets.UTF_8);
    Dockerfile df = DockerfileReader.parse(bytes).ast();
    assertThat(df.bom()).isTrue();
    assertThat(r(df.instructions().get(0).keyword().range())).isEqualTo("1:1-1:5");
  }

  @Test
  void argDeclarations() {
    var arg = first(parse("ARG A B=2 C=\"x y\"\nFROM a\n"), Instruction.Arg.class);
    assertThat(arg.declarations()).extracting(d -> d.name().text()).containsExactly("A", "B", "C");
    assertThat(arg.declarations().get(0).defaultValue()).isEmpty();
    assertThat(r(arg.declarations().get(1).defaultValue().orElseThrow().range())).isEqualTo("1:9-1:10");
    assertThat(arg.declarations().get(2).defaultValue().orElseThrow().text()).isEqualTo("\"x y\"");
    assertThat(r(arg.declarations().get(2).range())).isEqualTo("1:11-1:18");
  }

  @Test
  void exposeCopyVolumeWords() {
    Dockerfile df = parse("FROM a\nEXPOSE 80 53/udp\nCOPY --chown=a:b src/ /dst/\nVOLUME [\"/data\"]\n");
    var expose = first(df, Instruction.Expose.class);
    assertThat(expose.ports()).extracting(t -> t.range().toString()).containsExactly("2:8-2:10", "2:11-2:17");
    var copy = first(df, Instruction.Copy.class);
    assertThat(copy.flag("chown").orElseThrow().value()).contains("a:b");
    assertThat(copy.args()).extracting(a -> a.range().toString()).containsExactly("3:18-3:22", "3:23-3:28");
    var volume = first(df, Instruction.Volume.class);
    assertThat(volume.json()).isTrue();
    assertThat(r(volume.paths().get(0).range())).isEqualTo("4:9-4:16");
  }

  @Test
  void healthcheckTypeAndCommand() {
    var hc = first(parse("FROM a\nHEALTHCHECK --retries=3 CMD curl -f x\n"), Instruction.Healthcheck.class);
    assertThat(r(hc.type().orElseThrow().range())).isEqualTo("2:25-2:28");
    assertThat(r(hc.command().orElseThrow().range())).isEqualTo("2:29-2:38");
    assertThat(hc.flag("retries").orElseThrow().value()).contains("3");
  }

  @Test
  void singleValueInstructions() {
    Dockerfile df = parse("FROM a\nUSER app:app\nWORKDIR /srv/app  \nSTOPSIGNAL SIGRTMIN+3\n");
    assertThat(r(first(df, Instruction.User.class).value().orElseThrow().range())).isEqualTo("2:6-2:13");
    assertThat(r(first(df, Instruction.Workdir.class).value().orElseThrow().range())).isEqualTo("3:9-3:17");
    assertThat(first(df, Instruction.Stopsignal.class).value().orElseThrow().text()).isEqualTo("SIGRTMIN+3");
  }

  @Test
  void commentsAndBlankLinesAreKept() {
    Dockerfile df = parse("# top\nFROM a\n\n   # indented\nRUN x\n");
    assertThat(df.comments()).extracting(c -> c.text() + "@" + c.range()).containsExactly("top@1:1-1:6",
        "indented@4:4-4:14");
    assertThat(df.blankLines()).extracting(SourceRange::toString).containsExactly("3:1-3:1");
    assertThat(df.commentsAbove(df.instructions().get(1))).extracting(c -> c.text()).containsExactly("indented");
  }
}
