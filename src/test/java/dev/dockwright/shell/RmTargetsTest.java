package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RmTargetsTest {

  static Stream<Arguments> rms() {
    return Stream.of(
        // RUN text, recursive, force, targets as path[*] (* = glob; ? = not literal)
        arguments("rm -rf /var/lib/apt/lists/* /tmp/x", true, true, List.of("/var/lib/apt/lists/**", "/tmp/x")),
        arguments("rm -fr \"$DIR\"/*.tmp", true, true, List.of("?*")),
        arguments("rm -- -file", false, false, List.of("-file")),
        arguments("rm --recursive --force a", true, true, List.of("a")),
        arguments("rm a 'b*' c\\?", false, false, List.of("a", "b*", "c?")),
        arguments("rm -R x", true, false, List.of("x")),
        arguments("sudo rm -f /etc/x", false, true, List.of("/etc/x")),
        arguments("find . -delete", null, null, null));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("rms")
  void reportsTargetsAndFlags(String run, Boolean recursive, Boolean force, List<String> targets) {
    List<RmInvocation> rms = Scripts.run(run).rmTargets();

    if (targets == null) {
      assertThat(rms).isEmpty();
      return;
    }
    assertThat(rms).hasSize(1);
    RmInvocation rm = rms.get(0);
    assertThat(rm.recursive()).isEqualTo(recursive);
    assertThat(rm.force()).isEqualTo(force);
    assertThat(rm.targets()).extracting(t -> t.path().orElse("?") + (t.hasGlob() ? "*" : "")).isEqualTo(targets);
  }

  @Test
  void targetRangesFollowContinuations() {
    List<RmInvocation> rms = Scripts.run("apt-get clean && rm -rf \\\n  /tmp/a /var/tmp/*; rm b").rmTargets();

    assertThat(rms).hasSize(2);
    assertThat(rms.get(0).targets()).extracting(t -> Scripts.at(t.word().range()))
        .containsExactly("2:3-2:9", "2:10-2:20");
    assertThat(rms.get(1).targets()).extracting(t -> t.word().raw()).containsExactly("b");
  }
}
