package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CopyRelativeDestinationTest {
  private static final RuleTester T = RuleTester.of(CopyRelativeDestination.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20 AS base
        COPY a /app/
        WORKDIR /app
        COPY b .
        FROM base
        COPY c ./
        FROM alpine:3.20
        ARG DEST
        COPY d $DEST
        COPY e C:\\\\app
        """,
        """
        FROM alpine:3.20
        # expect: DW3024 [1:8-1:12] "`app/` is relative and no WORKDIR is set in this stage"
        COPY a app/
        # expect: DW3024 [1:8-1:9] "`.` is relative"
        COPY . .
        # expect: DW3024 [1:16-1:20] "`app/` is relative and no WORKDIR is set in this stage"
        ADD app.tar.gz app/
        """,
        """
        FROM alpine:3.20
        WORKDIR /srv
        ADD app.tar.gz app/
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
