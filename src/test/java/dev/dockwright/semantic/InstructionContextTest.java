package dev.dockwright.semantic;

import static dev.dockwright.semantic.Models.at;
import static dev.dockwright.semantic.Models.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SHELL, USER and WORKDIR in effect when an instruction runs (set by the instructions before it; a
 * child stage starts with its parent stage's).
 */
class InstructionContextTest {

  /** {@code shell | user | workdir}, {@code -} for "only the base image knows". */
  static String describe(InstructionContext c) {
    return c.shell() + " | " + c.user().orElse("-") + " | " + c.workdir().orElse("-");
  }

  static Stream<Arguments> contexts() {
    String winImage = "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n";
    return Stream.of(
        // shell
        arguments("FROM alpine\nRUN x\n", 2, "[/bin/sh, -c] | - | -"),
        arguments(winImage + "RUN dir\n", 2, "[cmd, /S, /C] | - | -"),
        arguments("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN dir\n", 2, "[cmd, /S, /C] | - | -"),
        // BuildKit picks the default shell from the image's OS: a backtick escape only hints at Windows
        // when the base is not a known Linux distribution
        arguments("# escape=`\nFROM alpine\nRUN x\n", 3, "[/bin/sh, -c] | - | -"),
        arguments("# escape=`\nFROM myorg/tool\nRUN x\n", 3, "[cmd, /S, /C] | - | -"),
        arguments("FROM alpine\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN x\n", 3,
            "[/bin/bash, -o, pipefail, -c] | - | -"),
        arguments(winImage + "SHELL [\"powershell\", \"-Command\"]\nRUN dir\n", 3, "[powershell, -Command] | - | -"),
        // the context is what holds before the instruction
        arguments("FROM alpine\nSHELL [\"/bin/bash\", \"-c\"]\nRUN x\n", 2, "[/bin/sh, -c] | - | -"),
        arguments("FROM alpine\nUSER app\nRUN x\n", 2, "[/bin/sh, -c] | - | -"),
        arguments("FROM alpine\nUSER app\nRUN x\n", 3, "[/bin/sh, -c] | app | -"),
        arguments("FROM alpine\nUSER app:app\nUSER 0\nRUN x\n", 4, "[/bin/sh, -c] | 0 | -"),
        arguments("FROM alpine\nARG U=svc\nUSER ${U}:${U}\nRUN x\n", 4, "[/bin/sh, -c] | svc:svc | -"),
        // workdir: relative ones join the previous one, cleaned like BuildKit's NormalizeWorkdir
        arguments("FROM alpine\nWORKDIR /app\nRUN x\n", 3, "[/bin/sh, -c] | - | /app"),
        arguments("FROM alpine\nWORKDIR /app\nWORKDIR sub\nRUN x\n", 4, "[/bin/sh, -c] | - | /app/sub"),
        arguments("FROM alpine\nWORKDIR /app/\nWORKDIR sub/\nRUN x\n", 4, "[/bin/sh, -c] | - | /app/sub"),
        arguments("FROM alpine\nWORKDIR /app/src\nWORKDIR ../lib\nRUN x\n", 4, "[/bin/sh, -c] | - | /app/lib"),
        arguments("FROM alpine\nWORKDIR /app\nWORKDIR ./x/../y\nRUN x\n", 4, "[/bin/sh, -c] | - | /app/y"),
        arguments("FROM alpine\nWORKDIR /app\nWORKDIR ../../..\nRUN x\n", 4, "[/bin/sh, -c] | - | /"),
        arguments("FROM alpine\nWORKDIR /app\nWORKDIR /srv\nRUN x\n", 4, "[/bin/sh, -c] | - | /srv"),
        arguments("FROM alpine\nENV D=/opt\nWORKDIR $D/tool\nWORKDIR bin\nRUN x\n", 5, "[/bin/sh, -c] | - | /opt/tool/bin"),
        // relative with no WORKDIR before: relative to the base image's directory, which is not visible
        arguments("FROM alpine\nWORKDIR app\nRUN x\n", 3, "[/bin/sh, -c] | - | app"),
        arguments("FROM alpine\nWORKDIR app\nWORKDIR sub\nRUN x\n", 4, "[/bin/sh, -c] | - | app/sub"),
        arguments(winImage + "WORKDIR C:\\app\nWORKDIR sub\nRUN dir\n", 4, "[cmd, /S, /C] | - | C:\\app\\sub"),
        // a child stage starts where its parent ended; an unrelated stage does not
        arguments("FROM alpine AS b\nSHELL [\"/bin/bash\", \"-c\"]\nUSER app\nWORKDIR /srv\nFROM b\nRUN x\n", 6,
            "[/bin/bash, -c] | app | /srv"),
        arguments("FROM alpine AS b\nSHELL [\"/bin/bash\", \"-c\"]\nUSER app\nWORKDIR /srv\nFROM b\nWORKDIR www\nRUN x\n",
            7, "[/bin/bash, -c] | app | /srv/www"),
        arguments("FROM alpine AS b\nSHELL [\"/bin/bash\", \"-c\"]\nUSER app\nWORKDIR /srv\nFROM alpine\nRUN x\n", 6,
            "[/bin/sh, -c] | - | -"),
        // inherited ONBUILD triggers run first in the child
        arguments("FROM alpine AS b\nONBUILD WORKDIR /build\nONBUILD USER builder\nFROM b\nRUN x\n", 5,
            "[/bin/sh, -c] | builder | /build"));
  }

  @ParameterizedTest
  @MethodSource("contexts")
  void shellUserAndWorkdirInEffect(String dockerfile, int line, String expected) {
    DockerfileModel m = model(dockerfile);
    assertThat(describe(m.context(at(m, line)))).isEqualTo(expected);
  }

  static Stream<Arguments> posixShells() {
    return Stream.of(
        arguments(DockerfileModel.DEFAULT_LINUX_SHELL, true),
        arguments(List.of("/bin/bash", "-c"), true),
        arguments(List.of("/usr/bin/zsh", "-c"), true),
        arguments(List.of("/bin/busybox", "sh", "-c"), true),
        arguments(DockerfileModel.DEFAULT_WINDOWS_SHELL, false),
        arguments(List.of("powershell", "-Command"), false),
        arguments(List.of("/usr/bin/python3", "-c"), false),
        arguments(List.of(), false));
  }

  @ParameterizedTest
  @MethodSource("posixShells")
  void posixShellIsKnownFromTheExecutable(List<String> shell, boolean posix) {
    InstructionContext c = new InstructionContext(Optional.empty(), Scope.empty(), shell,
        Optional.empty(), Optional.empty(), false);
    assertThat(c.posixShell()).isEqualTo(posix);
  }
}
