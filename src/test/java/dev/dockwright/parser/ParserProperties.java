package dev.dockwright.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.ast.CommandLine;
import dev.dockwright.ast.Comment;
import dev.dockwright.ast.Directive;
import dev.dockwright.ast.Dockerfile;
import dev.dockwright.ast.Heredoc;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.SourceRange;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties over generated Dockerfiles: parsing never throws, every range lies in the file and inside its
 * instruction, top-level elements do not overlap, and what lies between them is only whitespace (so the
 * source slices of the AST reproduce the input).
 */
class ParserProperties {

  @Property(tries = 400)
  void generatedDockerfilesParseWithConsistentRanges(@ForAll("dockerfiles") String text) {
    checkInvariants(text);
  }

  @Property(tries = 400)
  void arbitraryTextNeverBreaksTheParser(@ForAll("noise") String text) {
    checkInvariants(text);
  }

  private static void checkInvariants(String text) {
    ParseResult result = DockerfileReader.parse(text);
    Dockerfile df = result.ast();
    String src = df.source().text();
    List<SourceRange> top = new ArrayList<>();
    df.directives().forEach(d -> top.add(d.range()));
    df.comments().forEach(c -> top.add(c.range()));
    df.instructions().forEach(i -> top.add(i.range()));
    df.blankLines().forEach(top::add);
    top.sort(null);
    int covered = 0;
    for (SourceRange r : top) {
      assertThat(r.startOffset()).as("range %s overlaps the previous element", r).isGreaterThanOrEqualTo(covered);
      assertThat(r.endOffset()).isLessThanOrEqualTo(src.length());
      for (int i = covered; i < r.startOffset(); i++) {
        assertThat(BuildkitSyntax.isGoSpace(src.charAt(i))).as("char %d outside every element", i).isTrue();
      }
      covered = r.endOffset();
    }
    for (int i = covered; i < src.length(); i++) {
      assertThat(BuildkitSyntax.isGoSpace(src.charAt(i))).as("trailing char %d outside every element", i).isTrue();
    }
    for (Instruction ins : df.instructions()) {
      checkNested(ins, ins.range());
    }
    for (Directive d : df.directives()) {
      assertThat(d.range().contains(d.valueToken().range())).isTrue();
    }
    for (SyntaxDiagnostic d : result.diagnostics()) {
      assertThat(d.range().endOffset()).isLessThanOrEqualTo(src.length());
      assertThat(d.message()).isNotBlank();
    }
    // Parsing is deterministic.
    assertThat(BuildkitDump.dump(DockerfileReader.parse(text).ast())).isEqualTo(BuildkitDump.dump(df));
  }

  private static void checkNested(Instruction ins, SourceRange outer) {
    List<SourceRange> inner = new ArrayList<>();
    inner.add(ins.keyword().range());
    ins.flags().forEach(f -> {
      inner.add(f.range());
      inner.add(f.nameToken().range());
      f.valueToken().ifPresent(v -> inner.add(v.range()));
    });
    ins.head().arguments().ifPresent(a -> inner.add(a.range()));
    ins.head().continuationComments().stream().map(Comment::range).forEach(inner::add);
    inner.addAll(ins.head().emptyContinuationLines());
    if (ins instanceof Instruction.Run run) {
      run.command().map(CommandLine::range).ifPresent(inner::add);
      run.heredocs().stream().map(Heredoc::range).forEach(inner::add);
    } else if (ins instanceof Instruction.Env env) {
      env.pairs().forEach(p -> inner.add(p.range()));
    } else if (ins instanceof Instruction.Copy copy) {
      copy.args().forEach(a -> inner.add(a.range()));
    } else if (ins instanceof Instruction.Onbuild ob && ob.trigger().isPresent()) {
      checkNested(ob.trigger().get(), outer);
    }
    for (SourceRange r : inner) {
      assertThat(outer.contains(r)).as("%s inside %s of %s", r, outer, ins.kind()).isTrue();
    }
  }

  @Provide
  Arbitrary<String> noise() {
    Arbitrary<Character> chars = Arbitraries.of('\\', '`', '\n', '\r', ' ', '\t', '#', '"', '\'', '[', ']', '<',
        '-', '=', '$', '{', '}', 'a', 'R', 'U', 'N', '\0', '\u00A0', '\uD83D', '\uDE00', 'E', 'O', 'F');
    return Arbitraries.oneOf(
        chars.list().ofMaxSize(120).map(ParserProperties::join),
        Arbitraries.strings().all().ofMaxLength(200));
  }

  private static String join(List<Character> cs) {
    StringBuilder sb = new StringBuilder();
    cs.forEach(sb::append);
    return sb.toString();
  }

  @Provide
  Arbitrary<String> dockerfiles() {
    Arbitrary<String> directives = Arbitraries.of("", "# syntax=docker/dockerfile:1\n", "# escape=`\n",
        "# escape=\\\n", "#check=skip=all\n# escape=`\n", "# escape=x\n");
    Arbitrary<String> body = line().list().ofMaxSize(12).map(ls -> String.join("", ls));
    Arbitrary<String> eol = Arbitraries.of("\n", "\r\n");
    return Combinators.combine(directives, body, eol, Arbitraries.of(true, false))
        .as((d, b, nl, trailing) -> {
          String text = (d + b).replace("\n", nl);
          return trailing ? text : text.stripTrailing();
        });
  }

  private Arbitrary<String> line() {
    Arbitrary<String> keyword = Arbitraries.of("FROM", "from", "RUN", "Run", "CMD", "LABEL", "ENV", "ADD", "COPY",
        "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD RUN", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK",
        "HEALTHCHECK CMD", "SHELL", "EXPOSE", "MAINTAINER", "FOO", "systemd-x.service", "\\", "`");
    Arbitrary<String> word = Arbitraries.of("alpine:3", "a=b", "k=\"v w\"", "'q x'", "--from=x", "--mount=type=cache",
        "--", "<<EOF", "<<-EOT", "<<'Q'", "[\"a\", \"b\"]", "[1]", "[\"x\"", "&&", "|", "$VAR", "${X:-y}", "\\\\",
        "\"", "\u00e9", "\uD83D\uDE00", "=", "AS", "build", "#notcomment", "C:\\path");
    Arbitrary<String> sep = Arbitraries.of(" ", "  ", "\t", " \\\n", " \\\n# c\n", " \\\n\n", " `\n", "\\  \n");
    Arbitrary<String> args = Combinators.combine(word, sep).as((w, s) -> s + w).list().ofMaxSize(6)
        .map(ws -> String.join("", ws));
    Arbitrary<String> heredocBody = Arbitraries.of("", "echo hi\nEOF\n", "\tx\n\tEOT\n", "body\nQ\n", "no end\n");
    Arbitrary<String> instruction = Combinators.combine(Arbitraries.of("", "  ", "\t"), keyword, args, heredocBody)
        .as((lead, k, a, h) -> lead + k + a + "\n" + (a.contains("<<") ? h : ""));
    Arbitrary<String> other = Arbitraries.of("# comment\n", "\n", "   \n", "  # indented comment\n", "#\n");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, instruction),
        net.jqwik.api.Tuple.of(1, other));
  }
}
