package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShellsTest {
  @ParameterizedTest
  @ValueSource(strings = {"sh", "/bin/sh", "bash", "/usr/bin/dash", "ash", "zsh", "ksh", "mksh", "BASH"})
  void posixFamilyShells(String program) {
    assertThat(Shells.isPosix(program)).isTrue();
    assertThat(Shells.startsPosixShell(List.of(program, "-c"))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"pwsh", "powershell", "cmd", "python3", "busybox", "env", "fish", ""})
  void notShells(String program) {
    assertThat(Shells.isPosix(program)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void busyboxRunsTheShellItNames() {
    assertThat(Shells.startsPosixShell(List.of("/bin/busybox", "sh", "-c"))).isTrue();
    assertThat(Shells.startsPosixShell(List.of("busybox", "-c"))).isFalse();
    assertThat(Shells.startsPosixShell(List.of("busybox"))).isFalse();
    assertThat(Shells.startsPosixShell(List.of())).isFalse();
  }
}
