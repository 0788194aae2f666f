package dev.dockwright.rules.instructions;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidDefinitionDescriptionTest {
  private static final RuleTester T = RuleTester.of(InvalidDefinitionDescription.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        # build compiles the program
        FROM golang:1.22 AS build
        # VERSION sets the release
        ARG VERSION=1
        # a comment with a blank line below

        FROM alpine:3.20 AS final
        # just a note about the unnamed stage
        FROM alpine:3.20
        # hadolint ignore=DL3006
        ARG X
        #
        ARG Y
        """,
        """
        # expect: DW3035 [0:1-0:21] "a comment right above a stage is read as its description"
        # builds the program
        FROM golang:1.22 AS build
        # expect: DW3035 [0:1-0:17] "should start with its name: `# <arg name> <description>`"
        # release number
        ARG A=1 B=2
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

}
