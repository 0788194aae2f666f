package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AptListsNotRemovedTest {
  private static final RuleTester T = RuleTester.of(AptListsNotRemoved.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
        """,
        """
        FROM debian:12
        # expect: DW4004 [1:5-1:19] "`apt-get update` leaves the package lists in this layer: end the `RUN` with `rm -rf /var/lib/apt/lists/*`"
        RUN apt-get update && apt-get install -y curl
        """,
        // cache mounts keep the lists out of the layer
        """
        FROM debian:12
        RUN --mount=type=cache,target=/var/lib/apt/lists --mount=type=cache,target=/var/cache/apt \\
            apt-get update && apt-get install -y curl
        RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y git
        """,
        // better than hadolint: a build stage that only hands over a binary is not reported
        """
        FROM debian:12 AS build
        RUN apt-get update && apt-get install -y gcc
        RUN gcc -o /hello hello.c
        FROM gcr.io/distroless/base-debian12
        COPY --from=build /hello /hello
        """,
        // ... but a stage the final one is built FROM, or copies the lists from, is
        """
        FROM debian:12 AS base
        # expect: DW4004 [1:5-1:19] "`apt-get update`"
        RUN apt-get update && apt-get install -y curl
        FROM base
        RUN echo done
        """,
        """
        FROM debian:12 AS rootfs
        # expect: DW4004 [1:5-1:19] "`apt-get update`"
        RUN apt-get update && apt-get install -y curl
        FROM scratch
        COPY --from=rootfs / /
        """,
        """
        FROM debian:12
        # expect: DW4004 [2:1-2:15] "`apt-get update`"
        RUN <<EOF
        apt-get update
        apt-get install -y curl
        EOF
        """,
        """
        FROM debian:12
        # expect: DW4004 [1:13-1:27] "`apt-get update`"
        ONBUILD RUN apt-get update && apt-get install -y curl
        """,
        // a removal before the update removes nothing it writes
        """
        FROM debian:12
        # expect: DW4004 [1:36-1:50] "`apt-get update`"
        RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl
        # expect: DW4004 [1:80-1:90] "`apt update`"
        RUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/* && apt update
        """);
  }

  /**
   * hadolint's DL3009: any `rm` with a word `-rf` or `/var/lib/apt/lists/*` cleans, wherever it is; a mount
   * exempts when its target contains the lists, or when both /var/lib/apt and /var/cache/apt are mounted.
   */
  static Stream<String> hadolintCases() {
    return Stream.of(
        """
        FROM debian:12
        RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl
        RUN apt-get update && apt-get install -y git && rm -rf /tmp/build
        RUN --mount=type=cache,target=/var/lib/apt --mount=type=tmpfs,target=/var/cache/apt apt-get update
        """,
        """
        FROM debian:12
        # expect: DW4004 [1:44-1:58] "`apt-get update`"
        RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @ParameterizedTest
  @MethodSource("hadolintCases")
  void hadolintCompat(String dockerfile) {
    T.with(Settings.defaults().withHadolintCompat(true)).check(dockerfile);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("""
            FROM debian:12
            RUN apt-get update && apt-get install -y curl
            """, """
            FROM debian:12
            RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
            """),
        // a shell comment at the end stays a comment after the appended command
        Arguments.of("""
            FROM debian:12
            RUN apt-get update && apt-get install -y curl # tools
            """, """
            FROM debian:12
            RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/* # tools
            """),
        // continuation lines: a new line in the RUN's own style, the `;` terminator kept outside
        Arguments.of("""
            FROM debian:12
            RUN apt-get update \\
             && apt-get install -y \\
                  curl
            """, """
            FROM debian:12
            RUN apt-get update \\
             && apt-get install -y \\
                  curl \\
             && rm -rf /var/lib/apt/lists/*
            """),
        Arguments.of("""
            FROM debian:12
            RUN apt-get update && \\
                apt-get install -y curl
            """, """
            FROM debian:12
            RUN apt-get update && \\
                apt-get install -y curl && \\
                rm -rf /var/lib/apt/lists/*
            """),
        Arguments.of("""
            FROM debian:12
            RUN apt-get update && apt-get install -y curl;
            """, """
            FROM debian:12
            RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*;
            """),
        Arguments.of("""
            FROM debian:12
            RUN <<EOF
              apt-get update
              apt-get install -y curl
            EOF
            """, """
            FROM debian:12
            RUN <<EOF
              apt-get update
              apt-get install -y curl
              rm -rf /var/lib/apt/lists/*
            EOF
            """));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void appendsTheCleanup(String before, String after) {
    T.unsafeFix(before, after);
  }

  @Test
  void continuesWithTheFilesEscapeCharacter() {
    String head = "# escape=`\nFROM debian:12\nSHELL [\"/bin/sh\", \"-c\"]\n";
    T.unsafeFix(head + "RUN apt-get update `\n && apt-get install -y curl\n",
        head + "RUN apt-get update `\n && apt-get install -y curl `\n && rm -rf /var/lib/apt/lists/*\n");
  }
}
