package dev.dockwright.rules.instructions;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import dev.dockwright.semantic.DockerIgnore;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CopyIgnoredFileTest {
  private static RuleTester with(String dockerignore) {
    return RuleTester.of(CopyIgnoredFile.class)
        .with(Settings.defaults().withDockerignore(Optional.of(DockerIgnore.parse(".dockerignore", dockerignore))));
  }

  @Test
  void reportsSourcesTheContextDoesNotContain() {
    with("*.md\nsecrets/\nnode_modules\n").check("""
        FROM alpine:3.20
        COPY src/ /app/
        COPY --from=build /out/README.md /
        ADD https://example.com/README.md /
        # expect: DW3032 [1:6-1:15] "`README.md` is excluded from the build context by `*.md` in `.dockerignore`, so `COPY` cannot see it: remove the pattern or add `!README.md` after it"
        COPY README.md /docs/
        # expect: DW3032 [1:5-1:20] "`secrets/api.key` is excluded from the build context by `secrets`"
        ADD secrets/api.key /run/
        ARG DEPS=node_modules
        # expect: DW3032 [1:6-1:11] "`node_modules` is excluded from the build context by `node_modules` in `.dockerignore` (`$DEPS` resolves to `node_modules`)"
        COPY $DEPS /app/node_modules
        """);
  }

  @Test
  void theContextRootOnlyWhenEverythingIsExcluded() {
    with("*.md\n").check("FROM alpine:3.20\nCOPY . /app/\n");
    with("*\n").check("""
        FROM alpine:3.20
        # expect: DW3032 [1:6-1:7] "`.` is excluded from the build context by `*`"
        COPY . /app/
        """);
  }

  /**
   * BuildKit's: any `!` exception turns the check off. What a source copies then depends on the files: a
   * glob under `*` and `!package.json` still copies package.json.
   */
  @Test
  void offWhenTheIgnoreFileHasExceptions() {
    with("**\n!Dockerfile\n").check("FROM scratch\nCOPY ./Dockerfile .\nCOPY . .\n");
    with("*\n!src\n!package.json\n").check("""
        FROM alpine:3.20
        COPY *.json /app/
        COPY s*/ /app/src/
        COPY Makefile /app/
        """);
    with("build\n!build/keep\n").check("FROM alpine:3.20\nCOPY build /b\n");
  }

  /** BuildKit's cases without exceptions: COPY and ADD of an ignored file; a copy from a stage is not checked. */
  @Test
  void buildkitsCases() {
    with("\nDockerfile\n").check("""

        FROM scratch
        # expect: DW3032 [1:6-1:16] "`Dockerfile` is excluded from the build context by `Dockerfile` in `.dockerignore`, so `COPY` cannot see it"
        COPY Dockerfile .
        # expect: DW3032 [1:5-1:15] "`Dockerfile` is excluded from the build context by `Dockerfile` in `.dockerignore`, so `ADD` cannot see it"
        ADD Dockerfile /windy
        """);
    with("\nfoobar\n").check("""

        FROM scratch AS base
        COPY Dockerfile /foobar
        ADD Dockerfile /windy

        FROM base
        COPY --from=base /foobar /Dockerfile
        """);
    with(".*\n").check("FROM scratch\nCOPY . .\n");
  }

  @Test
  void silentWithoutAnIgnoreFileOrWithAnInvalidOne() {
    RuleTester.of(CopyIgnoredFile.class).check("FROM alpine:3.20\nCOPY README.md /\n");
    with("[oops\n").check("FROM alpine:3.20\nCOPY README.md /\n");
  }
}
