package dev.dockwright.rules.instructions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LegacyKeyValueFormatTest {
  private static final RuleTester T = RuleTester.of(LegacyKeyValueFormat.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM alpine
        ENV A=1 B="two words"
        LABEL a=b
        """,
        """
        FROM alpine
        # expect: DW3001 [1:5-1:14] "`ENV JAVA_HOME <value>` is the legacy form: write `ENV JAVA_HOME=<value>`"
        ENV JAVA_HOME /opt/java
        """,
        """
        FROM alpine
        # expect: DW3001 [1:7-1:14] "`LABEL version <value>` is the legacy form"
        LABEL version 1.0
        """,
        """
        FROM alpine
        # expect: DW3001 [1:13-1:14] "`ENV A <value>` is the legacy form"
        ONBUILD ENV A b
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("FROM a\nENV JAVA_HOME /opt/java\n", "FROM a\nENV JAVA_HOME=/opt/java\n"),
        Arguments.of("FROM a\nENV GREETING hello world\n", "FROM a\nENV GREETING=\"hello world\"\n"),
        Arguments.of("FROM a\nENV Q \"quoted value\"\n", "FROM a\nENV Q=\"quoted value\"\n"),
        Arguments.of("FROM a\nLABEL description a \\\\ b\n", "FROM a\nLABEL description=\"a \\\\\\\\ b\"\n"));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void rewritesAsKeyValue(String before, String after) {
    T.fix(before, after);
  }

  @Test
  void noFixWhenQuotesAndBlanksMix() {
    assertThat(T.findings("FROM a\nENV A \"b\" c\n")).singleElement().satisfies(f -> assertThat(f.fix()).isEmpty());
  }
}
