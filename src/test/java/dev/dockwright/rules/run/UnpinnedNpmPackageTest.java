package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnpinnedNpmPackageTest {
  private static final Settings COMPAT = Settings.defaults().withHadolintCompat(true);
  private static final RuleTester T = RuleTester.of(UnpinnedNpmPackage.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM node:20
        RUN npm ci && npm install && npm install -g npm@10.8.1 @angular/cli@17.3.0 ./local-pkg \\
            git+https://github.com/expressjs/express.git#4.19.2 "typescript@${TS_VERSION}"
        """,
        """
        FROM node:20
        RUN npm install --prefix /opt/app vendor/pkg-1.2.3.tar ./pkg-2.0.0.tgz
        """,
        """
        FROM node:20
        # expect: DW4009 [1:17-1:24] "`express` is not pinned: write `express@<version>`"
        RUN npm install express
        """,
        """
        FROM node:20
        # expect: DW4009 [1:24-1:31] "`@latest` is a tag that moves, not a pin: write `typescript@<version>`"
        # expect: DW4009 [1:39-1:44] "`@^4.0` is a version range"
        RUN npm i -g typescript@latest express@^4.0
        """,
        """
        FROM node:20
        # expect: DW4009 [1:17-1:34] "`expressjs/express` is not pinned: append `#<commit or tag>`"
        RUN npm install expressjs/express
        """,
        """
        FROM node:20
        # expect: DW4009 [1:36-1:42] "`lodash`"
        ONBUILD RUN npm install --omit dev lodash
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  /** With {@code compat: hadolint}: any {@code @version} pins, ranges and tags too; only {@code npm install}. */
  @Test
  void hadolintCompat() {
    T.with(COMPAT).check("""
        FROM node:20
        RUN npm install express@^4.19 typescript@latest @angular/cli@">=17 <18" && npm i lodash
        # expect: DW4009 [1:17-1:25] "`left-pad` is not pinned: write `left-pad@<version>`"
        # expect: DW4009 [1:26-1:63] "is not pinned: append `#<commit or tag>`"
        RUN npm install left-pad git+https://github.com/x/left-pad.git
        """);
  }
}
