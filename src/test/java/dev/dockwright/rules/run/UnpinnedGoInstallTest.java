package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnpinnedGoInstallTest {
  private static final Settings COMPAT = Settings.defaults().withHadolintCompat(true);
  private static final RuleTester T = RuleTester.of(UnpinnedGoInstall.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM golang:1.22
        RUN go install golang.org/x/tools/gopls@v0.15.3 github.com/x/y@4f3a2b1c && go install ./cmd/... && go install
        RUN go install "honnef.co/go/tools/cmd/staticcheck@${STATICCHECK_VERSION}" && go build ./...
        """,
        """
        FROM golang:1.22
        # expect: DW4029 [1:30-1:37] "`@latest` is a tag that moves, not a pin: write `github.com/x/y@<version>`"
        # expect: DW4029 [1:38-1:62] "`golang.org/x/tools/gopls` is not pinned: write `golang.org/x/tools/gopls@<version>`"
        RUN go install github.com/x/y@latest golang.org/x/tools/gopls
        """,
        """
        FROM golang:1.22
        RUN go get example.com/pkg@v1.2.3 && go get -u ./...
        # expect: DW4029 [1:12-1:27] "`example.com/pkg` is not pinned: write `example.com/pkg@<version>`"
        # expect: DW4029 [1:60-1:67] "`@latest` is a tag that moves"
        RUN go get example.com/pkg && go get -tool example.com/tool@latest
        """,
        """
        FROM golang:1.22
        # expect: DW4029 [2:26-2:31] "`@main` is a tag that moves, not a pin: write `github.com/a/b@<version>`"
        RUN <<EOF
        go install github.com/a/b@main
        EOF
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  /** With {@code compat: hadolint}: a branch pins; {@code @latest} and {@code @none} do not. */
  @Test
  void hadolintCompat() {
    T.with(COMPAT).check("""
        FROM golang:1.22
        RUN go install github.com/a/b@main && go get example.com/c@v1
        # expect: DW4029 [1:30-1:37] "`@latest` is a tag that moves"
        RUN go install github.com/a/b@latest
        """);
  }
}
