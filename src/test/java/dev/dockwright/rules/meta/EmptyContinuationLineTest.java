package dev.dockwright.rules.meta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.engine.Finding;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EmptyContinuationLineTest {
  private static final RuleTester T = RuleTester.of(EmptyContinuationLine.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        RUN apt-get update && \\
            apt-get install -y curl
        """,
        // BuildKit's case: one warning, on the instruction's last line
        """
        FROM scratch
        # warning: empty continuation line
        # expect: DW1001 [3:1-3:2] "COPY continues across an empty line (line 5): Docker ignores it today and will reject it in a future release"
        COPY Dockerfile \\

        .
        COPY Dockerfile \\
        .
        """,
        """
        FROM debian:12
        # expect: DW1001 [3:5-3:28] "RUN continues across an empty line (line 4)"
        RUN apt-get update && \\

            apt-get install -y curl
        """,
        // one finding for the instruction, however many empty lines it has
        """
        FROM debian:12
        # expect: DW1001 [6:3-6:6] "LABEL continues across empty lines (lines 5, 7): Docker ignores them today"
        LABEL a=b \\
          c=d \\
           \s
          e=f \\

          g=h
        """,
        // the instruction line ends before its here-document body
        """
        FROM debian:12
        # expect: DW1001 [3:1-3:6] "RUN continues across an empty line (line 4)"
        RUN \\

        <<EOF
        echo hi
        EOF
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void pointsAtEveryEmptyLine() {
    Finding f = T.findings("FROM debian:12\nRUN a && \\\n\n    b && \\\n\n    c\n").get(0);
    assertThat(f.related()).extracting(r -> r.range().startLine()).containsExactly(3, 5);
    assertThat(f.fix().orElseThrow().title()).isEqualTo("Remove the 2 empty lines");
  }

  @Test
  void removesTheEmptyLines() {
    T.fix("FROM debian:12\nRUN a && \\\n\n    b\n", "FROM debian:12\nRUN a && \\\n    b\n");
    T.fix("FROM debian:12\nRUN a && \\\n\n    b && \\\n\n    c\n", "FROM debian:12\nRUN a && \\\n    b && \\\n    c\n");
  }

  @Test
  void keepsCrlfLineEndings() {
    T.fix("FROM debian:12\r\nRUN a && \\\r\n\r\n  \r\n    b\r\n", "FROM debian:12\r\nRUN a && \\\r\n    b\r\n");
  }
}
