package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SystemctlInvocationTest {

  static Stream<Arguments> systemctls() {
    return Stream.of(
        // RUN text, verb, units, flags
        arguments("systemctl enable --now nginx.service", "enable", List.of("nginx.service"), List.of("--now")),
        arguments("systemctl --global mask getty@tty1.service systemd-udevd", "mask",
            List.of("getty@tty1.service", "systemd-udevd"), List.of("--global")),
        arguments("systemctl --no-reload disable a b", "disable", List.of("a", "b"), List.of("--no-reload")),
        arguments("systemctl set-default multi-user.target", "set-default", List.of("multi-user.target"), List.of()),
        arguments("systemctl --root=/mnt enable foo", "enable", List.of("foo"), List.of("--root=/mnt")),
        arguments("systemctl -q -t service is-enabled foo", "is-enabled", List.of("foo"), List.of("-q", "-t=service")),
        arguments("/bin/systemctl daemon-reload", "daemon-reload", List.of(), List.of()),
        arguments("systemctl", "", List.of(), List.of()));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("systemctls")
  void parsesVerbUnitsAndFlags(String run, String verb, List<String> units, List<String> flags) {
    List<SystemctlInvocation> all = Scripts.run(run).systemctlInvocations();

    assertThat(all).hasSize(1);
    SystemctlInvocation s = all.get(0);
    assertThat(s.verb()).isEqualTo(verb);
    assertThat(s.unitNames()).isEqualTo(units);
    assertThat(s.flags()).extracting(o -> o.flag() + o.value().map(v -> "=" + v).orElse("")).isEqualTo(flags);
  }

  @Test
  void verbAndUnitRangesAndFlagQueries() {
    SystemctlInvocation s = Scripts.run("systemctl \\\n  enable --now x").systemctlInvocations().get(0);

    assertThat(s.verbWord().map(w -> Scripts.at(w.range()))).contains("2:3-2:9");
    assertThat(s.units()).extracting(w -> Scripts.at(w.range())).containsExactly("2:16-2:17");
    assertThat(s.hasFlag("--now")).isTrue();
    assertThat(s.hasFlag("--global")).isFalse();
  }

  @Test
  void cdInvocationsListEveryCdWithItsTarget() {
    List<Invocation> cds = Scripts.run("cd /app && make && cd - && (cd \"$HOME\")").cdInvocations();

    assertThat(cds).extracting(i -> Scripts.raws(i.positionals())).containsExactly(
        List.of("/app"), List.of("-"), List.of("\"$HOME\""));
    assertThat(cds).extracting(i -> Scripts.at(i.commandWord().range())).containsExactly("1:5-1:7", "1:24-1:26",
        "1:33-1:35");
  }
}
