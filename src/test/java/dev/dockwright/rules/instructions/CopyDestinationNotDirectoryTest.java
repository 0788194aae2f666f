package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CopyDestinationNotDirectoryTest {
  private static final RuleTester T = RuleTester.of(CopyDestinationNotDirectory.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        COPY a b /dest/
        COPY a /dest
        ADD a b c /dest/
        ARG DEST
        COPY a b $DEST
        COPY ["a", "b", "/dest/"]
        """,
        """
        FROM alpine:3.20
        # expect: DW3021 [1:10-1:15] "`COPY` with 2 sources needs a directory destination ending in `/`: write `/dest/`"
        COPY a b /dest
        ENV DIR=/srv
        # expect: DW3021 [1:11-1:15] "`ADD` with 3 sources needs a directory destination ending in `/`: write `/srv/` (`$DIR` resolves to `/srv`)"
        ADD x y z $DIR
        """,
        // a `/` after these would make a here-document (`<</`, `0<</`): no finding, no fix
        """
        FROM alpine:3.20
        COPY a b <<
        COPY a b 0<<
        COPY a b 2<<-
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void addsTheSlash() {
    T.fix("FROM alpine:3.20\nCOPY a b /dest\nCOPY [\"a\", \"b\", \"/d\"]\nCOPY a b \"/q\"\n",
        "FROM alpine:3.20\nCOPY a b /dest/\nCOPY [\"a\", \"b\", \"/d/\"]\nCOPY a b \"/q/\"\n");
  }
}
