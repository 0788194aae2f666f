package dev.dockwright.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Docker's ignore-file semantics (moby/patternmatcher), case by case. */
class DockerIgnoreTest {

  static Stream<Arguments> matches() {
    return Stream.of(
        // patterns, path, excluded
        Arguments.of("node_modules", "node_modules", true),
        Arguments.of("node_modules", "node_modules/x/y.js", true),
        Arguments.of("node_modules", "src/node_modules", false),
        Arguments.of("*.md", "README.md", true),
        Arguments.of("*.md", "docs/README.md", false),
        Arguments.of("**/*.md", "docs/README.md", true),
        Arguments.of("**/*.md", "README.md", true),
        Arguments.of("**/build", "build", true),
        Arguments.of("**/build", "a/b/build/out.o", true),
        Arguments.of("docs/**", "docs/a/b", true),
        Arguments.of("docs/**", "docsx", false),
        Arguments.of("a/**/b", "a/b", true),
        Arguments.of("a/**/b", "a/x/y/b", true),
        Arguments.of("?.txt", "a.txt", true),
        Arguments.of("?.txt", "ab.txt", false),
        Arguments.of("[a-c].txt", "b.txt", true),
        Arguments.of("[^a-c].txt", "b.txt", false),
        Arguments.of("[^a-c].txt", "d.txt", true),
        Arguments.of("file.txt", "fileXtxt", false),
        Arguments.of("/secret", "secret", true),
        Arguments.of("./dist/../dist", "dist/app.js", true),
        Arguments.of("  spaced  ", "spaced", true),
        Arguments.of("# comment\n\n*.log", "x.log", true),
        Arguments.of("#x.log\n", "#x.log", false),
        Arguments.of("*.log\n!keep.log", "keep.log", false),
        Arguments.of("*.log\n!keep.log", "other.log", true),
        Arguments.of("!keep.log\n*.log", "keep.log", true),
        Arguments.of("*\n!src", "src/main.c", false),
        Arguments.of("*\n!src", "README", true),
        Arguments.of("\uFEFFtarget", "target", true),
        Arguments.of("a\\*b", "a*b", true),
        Arguments.of("a\\*b", "axb", false),
        Arguments.of("*", ".", true),
        Arguments.of("**", "anything/at/all", true));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("matches")
  void matchesLikeDocker(String patterns, String path, boolean excluded) {
    assertThat(DockerIgnore.parse(".dockerignore", patterns).isExcluded(path)).isEqualTo(excluded);
  }

  @Test
  void badPatternsMakeTheFileInvalid() {
    DockerIgnore ignore = DockerIgnore.parse(".dockerignore", "ok\n[abc\n");
    assertThat(ignore.error()).hasValueSatisfying(e -> assertThat(e).contains("unclosed `[`"));
    assertThat(ignore.isExcluded("ok")).isFalse();
    assertThat(DockerIgnore.parse(".dockerignore", "!\n").error()).isPresent();
  }

  @Test
  void reportsTheDecidingPatternAndExceptions() {
    DockerIgnore ignore = DockerIgnore.parse(".dockerignore", "build\n*.tmp\n!build/keep\n");
    assertThat(ignore.exclusionCause("x.tmp")).map(DockerIgnore.IgnorePattern::text).hasValue("*.tmp");
    assertThat(ignore.hasExclusions()).isTrue();
    assertThat(DockerIgnore.parse(".dockerignore", "*\n").excludesWholeContext()).isTrue();
  }

  @Test
  void cleansPathsLikeGo() {
    assertThat(DockerIgnore.cleanPath("")).isEqualTo(".");
    assertThat(DockerIgnore.cleanPath("a//b/./c/..")).isEqualTo("a/b");
    assertThat(DockerIgnore.cleanPath("/../x")).isEqualTo("/x");
    assertThat(DockerIgnore.cleanPath("../../x")).isEqualTo("../../x");
    assertThat(DockerIgnore.cleanPath("/")).isEqualTo("/");
    assertThat(DockerIgnore.dir("a/b")).isEqualTo("a");
    assertThat(DockerIgnore.dir("a")).isEqualTo(".");
  }

  @Test
  void suggestsNearNames() {
    assertThat(NearNames.nearest("PAHT", java.util.List.of("PATH", "HOME"))).hasValue("PATH");
    assertThat(NearNames.nearest("version", java.util.List.of("VERSION"))).hasValue("VERSION");
    assertThat(NearNames.nearest("FOO", java.util.List.of("BARBAZ"))).isEmpty();
    assertThat(MountFields.valueSpan("type=cache,from=builder,target=/x", "from"))
        .hasValue(new TextSpan(16, 23));
  }
}
