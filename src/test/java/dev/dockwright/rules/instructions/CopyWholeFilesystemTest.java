package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CopyWholeFilesystemTest {
  private static final RuleTester T = RuleTester.of(CopyWholeFilesystem.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM golang:1.22 AS build
        FROM scratch AS export
        COPY --from=build /out/app /app
        FROM alpine:3.20
        COPY --from=export / /
        COPY --from=build /out /
        COPY --from=build / /rootfs
        """,
        """
        FROM debian:12 AS rootfs
        FROM alpine:3.20
        # expect: DW3017 [1:20-1:21] "`COPY --from=rootfs / /` copies the whole filesystem of `rootfs` over this image"
        COPY --from=rootfs / /
        # expect: DW3017 [1:24-1:27] "copies the whole filesystem of `nginx:1.27`"
        COPY --from=nginx:1.27 "/" /
        """,
        // the squash idiom: a whole root file system into an empty stage
        """
        FROM debian:12 AS build
        RUN apt-get update && apt-get install -y --no-install-recommends systemd
        FROM scratch
        COPY --from=build / /
        CMD ["/sbin/init"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
