package dev.dockwright.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.parser.antlr.DockerfileLexer;
import dev.dockwright.parser.antlr.DockerfileParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast SLL pass gives the trees full LL prediction gives, on every Dockerfile fixture (hostile ones and
 * minimized fuzz crashers included), so parsing with SLL first changes nothing.
 */
class SllParsingTest {
  private static CommonTokenStream tokens(String text) {
    DockerfileLexer lexer = new DockerfileLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    return new CommonTokenStream(lexer);
  }

  private static String treeText(DockerfileParser.DockerfileContext tree) {
    return tree.toStringTree(List.of(DockerfileParser.ruleNames));
  }

  @Test
  void sllAndLlGiveTheSameTreeOnEveryFixture() throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(Path.of("testdata"))) {
      files = all.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().contains("Dockerfile") && !p.toString().endsWith(".gz"))
          .sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(100);
    for (Path f : files) {
      String text = DecodedSource.decode(Files.readAllBytes(f)).text();
      List<String> sllErrors = new ArrayList<>();
      List<String> llErrors = new ArrayList<>();

      String sll = treeText(DockerfileReader.tree(tokens(text), sllErrors));
      String ll = treeText(DockerfileReader.llTree(tokens(text), llErrors));

      assertThat(sll).as(f.toString()).isEqualTo(ll);
      assertThat(sllErrors).as(f.toString()).isEqualTo(llErrors).isEmpty();
    }
  }

  /** The parser's seeded generated Dockerfiles and noise (ParserFuzzTest), where SLL meets odd token runs. */
  static Stream<String> generated() {
    return Stream.concat(ParserFuzzTest.dockerfiles(), ParserFuzzTest.noise());
  }

  @ParameterizedTest
  @MethodSource("generated")
  void sllAndLlGiveTheSameTreeOnGeneratedInput(String text) {
    List<String> sllErrors = new ArrayList<>();
    List<String> llErrors = new ArrayList<>();
    assertThat(treeText(DockerfileReader.tree(tokens(text), sllErrors)))
        .isEqualTo(treeText(DockerfileReader.llTree(tokens(text), llErrors)));
    assertThat(sllErrors).isEqualTo(llErrors);
  }

  @Test
  void theFallbackParsesWhatSllCannotFinish() {
    // a token stream the SLL pass cannot complete does not exist for this grammar (it accepts every token
    // sequence), so the fallback is exercised directly: it must parse a whole file from the first token
    CommonTokenStream tokens = tokens("FROM alpine\nRUN echo a \\\n  b\n");
    tokens.fill();
    tokens.seek(2);
    List<String> errors = new ArrayList<>();

    String tree = treeText(DockerfileReader.llTree(tokens, errors));

    assertThat(errors).isEmpty();
    assertThat(tree).isEqualTo(treeText(DockerfileReader.tree(tokens("FROM alpine\nRUN echo a \\\n  b\n"),
        new ArrayList<>())));
  }
}
