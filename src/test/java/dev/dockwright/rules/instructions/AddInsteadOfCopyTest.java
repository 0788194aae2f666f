package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AddInsteadOfCopyTest {
  private static final RuleTester T = RuleTester.of(AddInsteadOfCopy.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        ADD https://example.com/app.tar.gz /tmp/
        ADD rootfs.tar.xz /
        ADD --checksum=sha256:0000 https://example.com/x /x
        ADD git@github.com:acme/repo.git /src
        ARG SRC
        ADD $SRC /x
        COPY . /app
        """,
        """
        FROM alpine:3.20
        # expect: DW3020 [1:1-1:4] "`ADD` only copies local files here: use `COPY`"
        ADD . /app
        # expect: DW3020 [1:9-1:12] "`add` only copies local files here"
        ONBUILD add config.yml /etc/app/
        ARG FILE=settings.json
        # expect: DW3020 [1:1-1:4] "`ADD` only copies local files here"
        ADD $FILE /etc/
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void rewritesToCopyOnlyWithUnsafeFixes() {
    T.unsafeFix("FROM alpine:3.20\nADD --chown=app src/ /app/\nadd a b\n", "FROM alpine:3.20\nCOPY --chown=app src/ /app/\ncopy a b\n");
  }
}
