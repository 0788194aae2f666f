package dev.dockwright.rules.labels;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelNotSemverTest {
  private static final RuleTester T = RuleTester.of(LabelNotSemver.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        # dockwright label-schema=version:semver
        FROM alpine:3.20
        LABEL version=1.2.3 version=1.0.0-rc.1+build.5
        """,
        """
        # dockwright label-schema=version:semver
        FROM alpine:3.20
        # expect: DW5008 [1:15-1:18] "label `version` should be a semantic version such as `1.4.2`, but is `1.2`"
        LABEL version=1.2
        ARG VERSION=v2.0.0
        # expect: DW5008 [1:15-1:23] "but is `v2.0.0`"
        LABEL version=$VERSION
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
