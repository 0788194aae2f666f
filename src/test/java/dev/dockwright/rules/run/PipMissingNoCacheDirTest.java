package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PipMissingNoCacheDirTest {
  private static final RuleTester T = RuleTester.of(PipMissingNoCacheDir.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM python:3.12
        RUN pip install --no-cache-dir flask==3.0.3
        RUN PIP_NO_CACHE_DIR=1 pip install x==1 && env PIP_NO_CACHE_DIR=off pip install y==1
        RUN export PIP_NO_CACHE_DIR=1 && pip install z==1
        RUN pip install a==1 && pip cache purge
        RUN pip install b==1 && rm -rf /root/.cache/pip
        RUN --mount=type=cache,target=/root/.cache/pip pip install c==1
        RUN --mount=type=cache,target=/root/.cache pip install d==1
        RUN pipx install black && pip download e==1
        """,
        // the environment turns the cache off for every RUN of the stage
        """
        FROM python:3.12
        ENV PIP_NO_CACHE_DIR=1
        RUN pip install flask==3.0.3
        FROM python:3.12
        ARG PIP_NO_CACHE_DIR=true
        RUN pip install flask==3.0.3
        """,
        """
        FROM python:3.12
        ENV PIP_CACHE_DIR=/cache/pip
        RUN --mount=type=cache,target=/cache pip install flask==3.0.3
        """,
        """
        FROM python:3.12
        # expect: DW4024 [1:5-1:16] "`pip install` keeps its download cache in this layer: add `--no-cache-dir` or set `ENV PIP_NO_CACHE_DIR=1`"
        RUN pip install flask==3.0.3
        """,
        // an ARG without a value leaves the variable unset unless --build-arg gives it
        """
        FROM python:3.12
        ARG PIP_NO_CACHE_DIR
        # expect: DW4024 [1:5-1:27] "`python3 -m pip install`"
        RUN python3 -m pip install --upgrade pip==24.0
        """,
        """
        FROM python:3.12
        # expect: DW4024 [1:13-1:25] "`pip3 install`"
        ONBUILD RUN pip3 install -r requirements.txt
        """,
        """
        FROM python:3.12
        # expect: DW4024 [2:1-2:12] "`pip install`"
        RUN <<EOF
        pip install flask==3.0.3
        EOF
        """,
        // pip turns its cache off for a false value too, for backwards compatibility
        """
        FROM python:3.12 AS base
        ENV PIP_NO_CACHE_DIR=0
        FROM base
        RUN pip install flask==3.0.3
        """,
        """
        FROM python:3.12
        RUN PIP_NO_CACHE_DIR=false pip install flask==3.0.3 && export PIP_NO_CACHE_DIR=off && pip install x==1
        RUN --mount=type=cache,target=/home/app/.cache/pip pip install y==1
        """,
        // ... but ignores an empty one
        """
        FROM python:3.12
        ENV PIP_NO_CACHE_DIR=
        # expect: DW4024 [1:5-1:16] "`pip install`"
        RUN pip install flask==3.0.3
        # expect: DW4024 [1:23-1:34] "`pip install`"
        RUN PIP_NO_CACHE_DIR= pip install flask==3.0.3
        """,
        // a clean-up before the install removes nothing it downloads
        """
        FROM python:3.12
        # expect: DW4024 [1:24-1:35] "`pip install`"
        RUN pip cache purge && pip install flask==3.0.3
        """);
  }

  /**
   * hadolint's DL3042: only `ENV` and the RUN's own text set the variable, to one of 1, true, on, yes (any
   * case spelled all-lower, capitalised or all-upper); no clean-up counts; a mount whose target contains
   * .cache/pip exempts.
   */
  static Stream<String> hadolintCases() {
    return Stream.of(
        """
        FROM python:3.12 AS base
        ENV PIP_NO_CACHE_DIR=true
        FROM base
        RUN pip install flask==3.0.3
        """,
        """
        FROM python:3.12
        RUN PIP_NO_CACHE_DIR=yes pip install flask==3.0.3 && pip install x==1; export PIP_NO_CACHE_DIR=1
        RUN --mount=type=cache,target=/root/.cache/pip/http pip install y==1
        """,
        """
        FROM python:3.12
        ENV PIP_NO_CACHE_DIR=0
        # expect: DW4024 [1:5-1:16] "`pip install`"
        RUN pip install flask==3.0.3
        """,
        """
        FROM python:3.12
        ARG PIP_NO_CACHE_DIR=1
        # expect: DW4024 [1:28-1:39] "`pip install`"
        RUN PIP_NO_CACHE_DIR=false pip install flask==3.0.3
        # expect: DW4024 [1:36-1:47] "`pip install`"
        RUN export PIP_NO_CACHE_DIR=off && pip install flask==3.0.3
        # expect: DW4024 [1:5-1:16] "`pip install`"
        RUN pip install flask==3.0.3 && pip cache purge
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  @ParameterizedTest
  @MethodSource("hadolintCases")
  void hadolintCompat(String dockerfile) {
    T.with(Settings.defaults().withHadolintCompat(true)).check(dockerfile);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("FROM python:3.12\nRUN pip install flask==3.0.3\n",
            "FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3\n"),
        Arguments.of("FROM python:3.12\nRUN python -m pip \\\n    install \\\n    -r requirements.txt\n",
            "FROM python:3.12\nRUN python -m pip \\\n    install --no-cache-dir \\\n    -r requirements.txt\n"),
        Arguments.of("FROM python:3.12\nRUN <<EOF\npip install flask==3.0.3\nEOF\n",
            "FROM python:3.12\nRUN <<EOF\npip install --no-cache-dir flask==3.0.3\nEOF\n"));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void addsNoCacheDir(String before, String after) {
    T.fix(before, after);
  }
}
