package dev.dockwright.rules.run;

import dev.dockwright.rule.Settings;
import dev.dockwright.rules.RuleTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The cache rules look only at stages whose files reach the built image: the last stage (or the configured
 * target), what it is built FROM, and stages it copies the cache directory from.
 */
class ShippedStagesTest {
  private static final String FILE = """
      FROM centos:7 AS build
      RUN yum -y install gcc && make
      FROM alpine:3.20 AS tools
      RUN apk add curl
      FROM python:3.12 AS wheels
      RUN pip install flask==3.0.3
      FROM centos:7 AS runtime
      COPY --from=build /out/app /app
      COPY --from=wheels / /
      RUN yum -y install httpd
      """;

  @Test
  void aBuildStageCacheIsNotReported() {
    // build hands over a binary; tools is never used; wheels is copied whole, so its pip cache ships
    RuleTester.of(YumCleanMissing.class).check(FILE.replace("RUN yum -y install httpd",
        "# expect: DW4015 [1:5-1:19] \"`yum install` leaves its cache in this layer\"\nRUN yum -y install httpd"));
    RuleTester.of(ApkAddMissingNoCache.class).check(FILE);
    RuleTester.of(PipMissingNoCacheDir.class).check(FILE.replace("RUN pip install flask",
        "# expect: DW4024 \"--no-cache-dir\"\nRUN pip install flask"));
  }

  @Test
  void theConfiguredTargetIsWhatShips() {
    Settings tools = Settings.defaults().withBuildTarget(Optional.of("Tools"));
    RuleTester.of(ApkAddMissingNoCache.class).with(tools).check(FILE.replace("RUN apk add curl",
        "# expect: DW4011 \"--no-cache\"\nRUN apk add curl"));
    RuleTester.of(YumCleanMissing.class).with(tools).check(FILE);
    // a target this file does not have: its last stage
    RuleTester.of(YumCleanMissing.class).with(Settings.defaults().withBuildTarget(Optional.of("nope")))
        .check(FILE.replace("RUN yum -y install httpd",
            "# expect: DW4015 \"`yum install` leaves\"\nRUN yum -y install httpd"));
  }
}
