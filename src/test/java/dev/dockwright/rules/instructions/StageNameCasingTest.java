package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StageNameCasingTest {
  private static final RuleTester T = RuleTester.of(StageNameCasing.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20 AS build-env
        """,
        """
        # expect: DW3013 [1:21-1:29] "stage name `BuildEnv` should be lowercase"
        FROM alpine:3.20 AS BuildEnv
        """);
  }

  @Test
  void renamesTheStageAndItsReferences() {
    T.fix("""
        FROM golang:1.22 AS Builder
        RUN go build -o /app .
        FROM Builder AS Test
        RUN go test ./...
        FROM alpine:3.20
        COPY --from=Builder /app /app
        COPY --from="Builder" /app /app2
        RUN --mount=type=cache,from=Builder,target=/cache ls /cache
        """, """
        FROM golang:1.22 AS builder
        RUN go build -o /app .
        FROM builder AS test
        RUN go test ./...
        FROM alpine:3.20
        COPY --from=builder /app /app
        COPY --from="Builder" /app /app2
        RUN --mount=type=cache,from=builder,target=/cache ls /cache
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
