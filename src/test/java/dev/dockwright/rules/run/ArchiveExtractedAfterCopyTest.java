package dev.dockwright.rules.run;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArchiveExtractedAfterCopyTest {
  private static final RuleTester T = RuleTester.of(ArchiveExtractedAfterCopy.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        ADD app.tar.gz /opt/
        COPY app.zip /tmp/
        RUN unzip /tmp/app.zip -d /opt
        """,
        """
        FROM alpine:3.20
        # expect: DW4005 [1:6-1:16] "`app.tar.gz` is copied, then extracted by `tar` on line 4: `ADD` extracts a local tar archive"
        COPY app.tar.gz /tmp/
        RUN tar -xzf /tmp/app.tar.gz -C /opt
        """,
        """
        FROM alpine:3.20
        # expect: DW4005 [1:6-1:16] "`dist/x.tgz`"
        COPY dist/x.tgz /tmp/
        WORKDIR /opt
        RUN tar xzf /tmp/x.tgz
        """,
        """
        FROM alpine:3.20
        # expect: DW4005 [1:13-1:26] "`/tmp/r.tar.xz` is copied, then extracted by `unxz`"
        COPY rootfs /tmp/r.tar.xz
        RUN unxz /tmp/r.tar.xz && tar -xf /tmp/r.tar
        """,
        // the archive is extracted in another stage, or copied from a stage
        """
        FROM alpine:3.20 AS a
        COPY app.tar.gz /tmp/
        FROM alpine:3.20
        COPY --from=a /tmp/app.tar.gz /tmp/
        RUN tar -xzf /tmp/app.tar.gz
        """,
        // creating an archive is not extracting one
        """
        FROM alpine:3.20
        COPY app.tar /tmp/
        RUN tar -cf /tmp/backup.tar /tmp/app.tar
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
