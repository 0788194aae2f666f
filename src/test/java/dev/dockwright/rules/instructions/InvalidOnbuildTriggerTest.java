package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidOnbuildTriggerTest {
  private static final RuleTester T = RuleTester.of(InvalidOnbuildTrigger.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        ONBUILD RUN make
        ONBUILD COPY . /src
        """,
        """
        FROM alpine:3.20
        # expect: DW3016 [1:9-1:16] "`ONBUILD ONBUILD` is invalid: chaining ONBUILD is not allowed"
        ONBUILD ONBUILD RUN x
        # expect: DW3016 [1:9-1:13] "`ONBUILD FROM` is invalid: a trigger cannot start a new stage"
        ONBUILD FROM alpine
        # expect: DW3016 [1:9-1:19] "`ONBUILD MAINTAINER` is invalid"
        ONBUILD MAINTAINER me
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
