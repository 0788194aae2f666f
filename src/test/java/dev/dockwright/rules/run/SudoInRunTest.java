package dev.dockwright.rules.run;

import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SudoInRunTest {
  private static final RuleTester T = RuleTester.of(SudoInRun.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM debian:12
        RUN apt-get install -y sudo && echo 'app ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/app
        USER app
        """,
        """
        FROM debian:12
        USER app
        # expect: DW4002 [1:5-1:9] "`sudo` in a build has unpredictable TTY and signal behaviour"
        RUN sudo -E apt-get install -y curl
        """,
        """
        FROM debian:12
        # expect: DW4002 [1:5-1:9] "`sudo`"
        RUN sudo sh -c 'apt-get update && apt-get install -y curl'
        """,
        """
        FROM debian:12
        # expect: DW4002 [1:13-1:17] "`sudo`"
        ONBUILD RUN sudo -i
        """,
        """
        FROM debian:12
        # expect: DW4002 [2:1-2:5] "`sudo`"
        RUN <<EOF
        sudo make install
        EOF
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }
}
