package dev.dockwright.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dockwright.ast.CommandLine;
import dev.dockwright.ast.Comment;
import dev.dockwright.ast.Directive;
import dev.dockwright.ast.Dockerfile;
import dev.dockwright.ast.Heredoc;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.SourceRange;
import dev.dockwright.engine.FuzzRegressions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parser invariants, over fuzzed bytes (Jazzer) and seeded generated Dockerfiles: parsing never throws, every range lies in the file and inside its
 * instruction, top-level elements do not overlap, and what lies between them is only whitespace (so the
 * source slices of the AST reproduce the input).
 */
public class ParserFuzzTest {

  /** Any bytes, decoded as the linter decodes a file. Inputs: {@code ParserFuzzTestInputs/parser/}. */
  @FuzzTest
  void parser(byte[] input) {
    checkInvariants(DecodedSource.decode(input).text());
  }

  @ParameterizedTest
  @MethodSource("dockerfiles")
  void generatedDockerfilesParseWithConsistentRanges(String text) {
    checkInvariants(text);
  }

  @ParameterizedTest
  @MethodSource("noise")
  void arbitraryTextNeverBreaksTheParser(String text) {
    checkInvariants(text);
  }

  static Stream<Path> regressions() throws IOException {
    return FuzzRegressions.files();
  }

  static Stream<Path> fixtures() throws IOException {
    return FuzzRegressions.fixtures();
  }

  /** The fuzz target over its seed corpus: every Dockerfile fixture in {@code testdata/}. */
  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixtureParsesWithConsistentRanges(Path file) throws IOException {
    parser(Files.readAllBytes(file));
  }

  @ParameterizedTest
  @MethodSource("regressions")
  void fuzzRegressionsParseWithConsistentRanges(Path file) throws IOException {
    parser(Files.readAllBytes(file));
  }

  public static void checkInvariants(String text) {
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

  private static final char[] NOISE = {'\\', '`', '\n', '\r', ' ', '\t', '#', '"', '\'', '[', ']', '<', '-', '=',
      '$', '{', '}', 'a', 'R', 'U', 'N', '\0', '\u00A0', '\uD83D', '\uDE00', 'E', 'O', 'F'};
  private static final String[] KEYWORDS = {"FROM", "from", "RUN", "Run", "CMD", "LABEL", "ENV", "ADD", "COPY",
      "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD RUN", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK",
      "HEALTHCHECK CMD", "SHELL", "EXPOSE", "MAINTAINER", "FOO", "systemd-x.service", "\\", "`"};
  private static final String[] WORDS = {"alpine:3", "a=b", "k=\"v w\"", "'q x'", "--from=x", "--mount=type=cache",
      "--", "<<EOF", "<<-EOT", "<<'Q'", "[\"a\", \"b\"]", "[1]", "[\"x\"", "&&", "|", "$VAR", "${X:-y}", "\\\\",
      "\"", "\u00e9", "\uD83D\uDE00", "=", "AS", "build", "#notcomment", "C:\\path"};
  private static final String[] SEPS = {" ", "  ", "\t", " \\\n", " \\\n# c\n", " \\\n\n", " `\n", "\\  \n"};
  private static final String[] DIRECTIVES = {"", "# syntax=docker/dockerfile:1\n", "# escape=`\n", "# escape=\\\n",
      "#check=skip=all\n# escape=`\n", "# escape=x\n"};
  private static final String[] HEREDOC_BODIES = {"", "echo hi\nEOF\n", "\tx\n\tEOT\n", "body\nQ\n", "no end\n"};
  private static final String[] OTHER = {"# comment\n", "\n", "   \n", "  # indented comment\n", "#\n"};

  /** 400 generated Dockerfiles, the same on every run (seeded). */
  public static Stream<String> dockerfiles() {
    Random random = new Random(20261204L);
    return IntStream.range(0, 400).mapToObj(i -> dockerfile(random));
  }

  /** 400 strings of Dockerfile-significant characters or arbitrary UTF-16 units, seeded. */
  public static Stream<String> noise() {
    Random random = new Random(20261205L);
    return IntStream.range(0, 400).mapToObj(i -> {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(random.nextBoolean() ? 121 : 201);
      boolean anyChar = random.nextBoolean();
      for (int k = 0; k < n; k++) {
        sb.append(anyChar ? (char) random.nextInt(0x10000) : NOISE[random.nextInt(NOISE.length)]);
      }
      return sb.toString();
    });
  }

  private static String dockerfile(Random r) {
    StringBuilder body = new StringBuilder(pick(r, DIRECTIVES));
    int lines = r.nextInt(13);
    for (int l = 0; l < lines; l++) {
      if (r.nextInt(6) == 0) {
        body.append(pick(r, OTHER));
        continue;
      }
      StringBuilder args = new StringBuilder();
      int words = r.nextInt(7);
      for (int w = 0; w < words; w++) {
        args.append(pick(r, SEPS)).append(pick(r, WORDS));
      }
      body.append(pick(r, new String[] {"", "  ", "\t"})).append(pick(r, KEYWORDS)).append(args).append('\n');
      if (args.indexOf("<<") >= 0) {
        body.append(pick(r, HEREDOC_BODIES));
      }
    }
    String text = body.toString().replace("\n", r.nextBoolean() ? "\n" : "\r\n");
    return r.nextBoolean() ? text : text.stripTrailing();
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }
}
