package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnpinnedDnfPackageTest {
  private static final Settings COMPAT = Settings.defaults().withHadolintCompat(true);
  private static final RuleTester T = RuleTester.of(UnpinnedDnfPackage.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM fedora:40
        RUN dnf install -y nginx-1.26.0 httpd-2.4.59-2.fc40 https://example.com/x-1.0.rpm nginx-${V} @core
        RUN dnf group install -y "Development Tools"
        """,
        """
        FROM fedora:40
        # expect: DW4023 [1:20-1:25] "`nginx` is not pinned: write `nginx-<version>`"
        # expect: DW4023 [1:26-1:37] "`python3-pip` is not pinned"
        RUN dnf install -y nginx python3-pip
        """,
        """
        FROM registry.access.redhat.com/ubi9/ubi-minimal
        # expect: DW4023 [1:25-1:37] "`shadow-utils`"
        RUN microdnf install -y shadow-utils
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  /** With {@code compat: hadolint}: a version variable must be declared by an ARG above or an ENV of the stage. */
  @Test
  void hadolintCompat() {
    T.with(COMPAT).check("""
        FROM fedora:40
        ARG V=2.45.0
        RUN dnf install -y git-core-$V
        # expect: DW4023 [1:29-1:33] "`${W}` is set by no ARG above and no ENV of this stage"
        RUN dnf install -y git-core-${W}
        """);
  }
}
