package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnpinnedPipPackageTest {
  private static final Settings COMPAT = Settings.defaults().withHadolintCompat(true);
  private static final RuleTester T = RuleTester.of(UnpinnedPipPackage.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM python:3.12
        RUN pip install --no-cache-dir flask==3.0.3 -r requirements.txt ./dist/app.whl . \\
            git+https://github.com/psf/requests.git@v2.32.3 https://example.com/pkg-1.0.tar.gz
        RUN pip install -c constraints.txt flask requests
        RUN pip install "django==${DJANGO_VERSION}" $EXTRA
        """,
        """
        FROM python:3.12
        # expect: DW4006 [1:17-1:22] "`flask` is not pinned: write `flask==<version>`"
        RUN pip install flask
        """,
        // an option's value is not a package; local paths and archives need no pin
        """
        FROM python:3.12
        RUN pip install --root-user-action ignore -t /opt/lib --index-url https://pypi.example/simple poetry==1.8.5
        RUN pip install src/app '.[test]' ./dist/app-1.0-py3-none-any.whl vendor/app-1.0.tar.xz
        """,
        """
        FROM python:3.12
        RUN pipx install --python "$(command -v python3)" poetry==1.8.5 && pipenv install black
        # expect: DW4006 [1:18-1:23] "`black` is not pinned: write `black==<version>`"
        RUN pipx install black
        """,
        """
        FROM python:3.12
        # expect: DW4006 [1:43-1:48] "`mypkg` is not pinned"
        RUN pip install --root-user-action=ignore mypkg
        """,
        // better than hadolint: a lower bound is reported as what it is, at the bound
        """
        FROM python:3.12
        # expect: DW4006 [1:37-1:42] "`>=2.0` is a version range, not a pin: write `requests==<version>`"
        # expect: DW4006 [1:51-1:56] "`~=4.2`"
        RUN python3 -m pip install 'requests>=2.0' "django~=4.2"
        """,
        """
        FROM python:3.12
        # expect: DW4006 [1:17-1:71] "is not pinned: append `@<tag or commit>` to the VCS URL"
        RUN pip install git+ssh://git@github.com/psf/requests.git#egg=requests
        """,
        """
        FROM python:3.12
        # expect: DW4006 [2:13-2:20] "`uvicorn`"
        RUN <<EOF
        pip install uvicorn
        EOF
        """,
        """
        FROM python:3.12
        # expect: DW4006 [1:28-1:31] "`pip`"
        ONBUILD RUN pip install -U pip
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @Test
  void rangesAllowedByOption() {
    Settings s = new Settings(java.util.List.of(), Map.of(), false, Settings.defaults().systemdCgroup(),
        Map.of("unpinned-pip-package", Map.of("allow-ranges", true)));
    T.with(s).check("""
        FROM python:3.12
        RUN pip install 'requests>=2.0'
        # expect: DW4006 "`flask`"
        RUN pip install flask
        """);
  }

  /**
   * With {@code compat: hadolint}: every range pins, {@code -r} or {@code .} exempts the whole command, a VCS
   * URL with any {@code @} passes.
   */
  @Test
  void hadolintCompat() {
    T.with(COMPAT).check("""
        FROM python:3.12
        RUN pip install 'requests>=2.31' 'django<5' 'numpy!=1.26.0' 'attrs~=23.2' && pipx install 'ruff>=0.4'
        RUN pip install -r requirements.txt flask && pip install . uvicorn
        RUN pip install git+ssh://git@github.com/psf/requests.git
        # expect: DW4006 [1:17-1:22] "`mypkg` is not pinned: write `mypkg==<version>`"
        RUN pip install mypkg
        """);
  }
}
