package dev.dockwright.rules.labels;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelNotSpdxTest {
  private static final RuleTester T = RuleTester.of(LabelNotSpdx.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        LABEL org.opencontainers.image.licenses="(MIT OR Apache-2.0) AND GPL-2.0-or-later WITH Classpath-exception-2.0"
        LABEL org.opencontainers.image.licenses=LicenseRef-Proprietary
        LABEL org.opencontainers.image.licenses=gpl-2.0+
        """,
        """
        FROM alpine:3.20
        # expect: DW5006 [1:41-1:57] "label `org.opencontainers.image.licenses` should be an SPDX license expression such as `Apache-2.0` or `MIT OR GPL-2.0-only`, but is `Apache License`"
        LABEL org.opencontainers.image.licenses="Apache License"
        # expect: DW5006 [1:41-1:50] "but is `MIT AND`"
        LABEL org.opencontainers.image.licenses="MIT AND"
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
