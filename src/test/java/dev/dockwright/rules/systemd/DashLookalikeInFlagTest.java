package dev.dockwright.rules.systemd;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DashLookalikeInFlagTest {
  private static final RuleTester T = RuleTester.of(DashLookalikeInFlag.class);

  // Markers avoid the characters themselves: a marker is a comment, and a run note comment is scanned too.
  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        # expect: DW2023 [1:13-1:15] "starts with an en dash (U+2013), not `-`: it is silently not a flag"
        RUN apk add \u2013q curl
        """,
        """
        FROM centos:7
        # expect: DW2023 [1:26-1:37] "starts with an en dash (U+2013), not `--`: it is silently not a flag"
        # expect: DW2023 [1:38-1:41] "starts with an em dash (U+2014), not `--`"
        LABEL RUN="docker run -d \u2013privileged \u2014rm IMAGE"
        CMD ["/usr/sbin/init"]
        """,
        """
        # expect: DW2023 [2:14-2:25] "starts with an en dash (U+2013)"
        # expect: DW2023 [2:26-2:29] "starts with an em dash (U+2014)"
        FROM debian:12
        # docker run \u2013privileged \u2014rm IMAGE
        CMD ["/sbin/init"]
        """,
        """
        FROM debian:12
        # expect: DW2023 [1:10-1:11] "is a left double quotation mark (U+201C), not `"`: it is silently not a quote"
        # expect: DW2023 [1:16-1:17] "is a right double quotation mark (U+201D)"
        RUN echo \u201Chello\u201D > /greeting
        """,
        // prose: a range, an apostrophe, a lone dash
        """
        FROM debian:12
        LABEL description="Works 2019\u20132024 \u2013 it\u2019s fine"
        # It\u2019s a comment \u2013 not a run note, and --privileged here is ASCII
        CMD ["/bin/bash"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void dashesAreReplacedSafely() {
    T.fix("FROM debian:12\nLABEL RUN=\"docker run \u2013privileged \u2014rm \u2013v /x:/x IMAGE\"\nCMD [\"/sbin/init\"]\n",
        "FROM debian:12\nLABEL RUN=\"docker run --privileged --rm -v /x:/x IMAGE\"\nCMD [\"/sbin/init\"]\n");
  }

  @Test
  void quotesOnlyWithUnsafeFixes() {
    T.unsafeFix("FROM debian:12\nRUN echo \u201Chello world\u201D\n", "FROM debian:12\nRUN echo \"hello world\"\n");
  }
}
