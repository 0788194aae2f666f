package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UndefinedVarTest {
  private static final RuleTester T = RuleTester.of(UndefinedVar.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine:3.20
        ENV APP=/app
        COPY . $APP
        ARG VERSION
        LABEL version=$VERSION
        ENV PATH=$PATH:/opt/bin
        WORKDIR ${HOME:-/root}
        ENV X=$SOMETHING_FROM_THE_IMAGE
        """,
        """
        FROM scratch
        ARG A=1 B=$A
        # expect: DW3030 [1:6-1:11] "`$MISS` is not defined here, so it expands to an empty string"
        COPY $MISS /
        # expect: DW3030 [1:12-1:15] "`$BB` is not defined here, so it expands to an empty string: did you mean `$B`?"
        LABEL x=$A-$BB
        """,
        """
        FROM alpine:3.20
        ENV APP_HOME=/app
        # expect: DW3030 [1:9-1:18] "`$APP_HOEM` is not defined by this Dockerfile: did you mean `$APP_HOME`? (If the base image sets `APP_HOEM`, ignore this.)"
        WORKDIR $APP_HOEM
        # expect: DW3030 [1:10-1:15] "did you mean `$PATH`?"
        ENV PATH=$PAHT:/x
        # expect: DW3030 [1:13-1:21] "did you mean `$APP_HOME`?"
        COPY ["a", "$APP_HOM", "/"]
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
