package dev.dockwright.rules.labels;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelNotUrlTest {
  private static final RuleTester T = RuleTester.of(LabelNotUrl.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        # dockwright label-schema=homepage:url
        FROM alpine:3.20
        LABEL homepage=https://example.com/app
        ARG URL
        LABEL homepage=$URL
        """,
        """
        # dockwright label-schema=homepage:url
        FROM alpine:3.20
        # expect: DW5004 [1:16-1:27] "label `homepage` should be an absolute URL, but is `example.com`"
        LABEL homepage=example.com
        # expect: DW5004 [1:36-1:46] "label `org.opencontainers.image.url` should be an absolute URL, but is `https://`"
        LABEL org.opencontainers.image.url="https://"
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
