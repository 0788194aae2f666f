package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnpinnedGemTest {
  private static final Settings COMPAT = Settings.defaults().withHadolintCompat(true);
  private static final RuleTester T = RuleTester.of(UnpinnedGem.class);

  static Stream<String> cases() {
    return Stream.of(
        """
        FROM ruby:3.3
        RUN gem install rake:13.2.1 && gem install bundler -v 2.5.11 && gem install ./local.gem "rails:${RAILS}"
        RUN bundle install
        """,
        // what follows -- goes to the gem's build
        """
        FROM ruby:3.3
        RUN gem install nokogiri:1.16.5 -- --use-system-libraries true && gem install ./vendor/x-1.0.gem
        """,
        """
        FROM ruby:3.3
        # expect: DW4013 [1:17-1:22] "`rails` is not pinned: write `rails:<version>`"
        RUN gem install rails
        """,
        """
        FROM ruby:3.3
        # expect: DW4013 [1:17-1:24] "`-v ~> 2.5` is a version range"
        RUN gem install bundler -v "~> 2.5" && gem install rake:13.2.1
        """,
        """
        FROM ruby:3.3
        # expect: DW4013 [1:19-1:23] "`puma`"
        ONBUILD RUN gem i puma
        """);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findings(String dockerfile) {
    T.check(dockerfile);
  }

  /**
   * With {@code compat: hadolint}: any {@code :} pins, {@code -v} exempts the command, and the word after an
   * option is read as its value.
   */
  @Test
  void hadolintCompat() {
    T.with(COMPAT).check("""
        FROM ruby:3.3
        RUN gem install 'nokogiri:~> 1.16' && gem install rails -v '~> 7.1' && gem install --no-document puma
        RUN gem install bundler:2.0.1 --use-system-libraries true
        # expect: DW4013 [1:17-1:21] "`rack` is not pinned: write `rack:<version>`"
        RUN gem install rack
        """);
  }
}
