package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YarnCacheCleanMissingTest {
  private static final RuleTester T = RuleTester.of(YarnCacheCleanMissing.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM node:20
        RUN yarn install --frozen-lockfile && yarn cache clean
        RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install
        RUN yarn build && yarn test
        """,
        """
        FROM node:20
        # expect: DW4028 [1:5-1:17] "`yarn install` leaves its cache in this layer: end the `RUN` with `yarn cache clean`"
        RUN yarn install --frozen-lockfile
        """,
        """
        FROM node:20
        # expect: DW4028 [1:5-1:9] "`yarn` leaves its cache"
        RUN yarn
        """,
        """
        FROM node:20
        # expect: DW4028 [1:5-1:20] "`yarn global add`"
        RUN yarn global add typescript@5.4.5
        """,
        """
        FROM node:20
        USER node
        RUN --mount=type=cache,target=/home/node/.cache/yarn yarn install
        RUN --mount=type=tmpfs,target=/root/.cache/yarn yarn add react@18.3.1
        RUN --mount=type=cache,target=/root/.yarn/berry/cache yarn install --immutable
        """,
        """
        FROM node:20
        # expect: DW4028 [1:25-1:37] "`yarn install` leaves its cache"
        RUN yarn cache clean && yarn install
        # expect: DW4028 [1:42-1:54] "`yarn install`"
        RUN --mount=type=cache,target=/var/lib/x yarn install
        """);
  }

  /** hadolint's DL3060: only a command with an `install` word; a mount whose target contains .cache/yarn exempts. */
  static Stream<String> hadolintCases() {
    return Stream.of(
        """
        FROM node:20
        RUN yarn && yarn add react@18.3.1 && yarn global add serve@14.2.1
        RUN --mount=type=cache,target=/usr/local/share/.cache/yarn/v6 yarn install
        """,
        """
        FROM node:20
        # expect: DW4028 [1:25-1:37] "`yarn install`"
        RUN yarn cache clean && yarn install
        """);
  }

  @ParameterizedTest
  @MethodSource("hadolintCases")
  void hadolintCompat(String dockerfile) {
    T.with(Settings.defaults().withHadolintCompat(true)).check(dockerfile);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  static Stream<Arguments> fixes() {
    return Stream.of(
        Arguments.of("FROM node:20\nRUN yarn install --frozen-lockfile\n",
            "FROM node:20\nRUN yarn install --frozen-lockfile && yarn cache clean\n"),
        Arguments.of("FROM node:20\nRUN yarn install \\\n && yarn build\n",
            "FROM node:20\nRUN yarn install \\\n && yarn build \\\n && yarn cache clean\n"),
        Arguments.of("FROM node:20\nRUN <<EOF\nyarn install\nyarn build\nEOF\n",
            "FROM node:20\nRUN <<EOF\nyarn install\nyarn build\nyarn cache clean\nEOF\n"));
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void appendsTheCleanup(String before, String after) {
    T.fix(before, after);
  }
}
