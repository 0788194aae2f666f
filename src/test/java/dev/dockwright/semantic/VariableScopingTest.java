package dev.dockwright.semantic;

import static dev.dockwright.semantic.Models.at;
import static dev.dockwright.semantic.Models.model;
import static dev.dockwright.semantic.Models.visible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.dockwright.ast.Instruction;
import dev.dockwright.parser.DockerfileReader;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which variables an instruction sees, and with which values, following BuildKit's dockerfile2llb:
 * global ARGs (meta args) only expand FROM unless a stage re-declares them; {@code ARG} defaults expand one
 * declaration after the other; an ENV instruction's words expand with the environment from before it; a
 * stage built FROM another one starts with that stage's environment, which holds its ENV and ARG values
 * (dispatchState.init copies the state; dispatchArg adds ARG values with AddEnv). Build arguments can
 * override any ARG: an ARG without a default is unknown, one with a default takes that default. A stage
 * built FROM an image starts with that image's environment, which is not visible, except that BuildKit
 * always sets PATH: it is unknown (or BuildKit's default for scratch).
 */
class VariableScopingTest {
  /** The platform arguments BuildKit predefines for FROM lines, in the order the global scope lists them. */
  private static final String BUILTINS = "BUILDARCH=? BUILDOS=? BUILDPLATFORM=? BUILDVARIANT=? TARGETARCH=? "
      + "TARGETOS=? TARGETPLATFORM=? TARGETSTAGE=? TARGETVARIANT=?";

  static Stream<Arguments> scopes() {
    return Stream.of(
        // global ARGs: visible to FROM, not to the stage
        arguments("ARG VERSION=3.20\nFROM alpine:${VERSION}\nRUN echo $VERSION\n", 2, BUILTINS + " VERSION=3.20"),
        arguments("ARG VERSION=3.20\nFROM alpine:${VERSION}\nRUN echo $VERSION\n", 3, "PATH=?"),
        arguments("ARG VERSION=3.20\nFROM alpine\nARG VERSION\nRUN true\n", 4, "PATH=? VERSION=3.20"),
        arguments("ARG VERSION=3.20\nFROM alpine\nARG VERSION=1\nRUN true\n", 4, "PATH=? VERSION=1"),
        arguments("ARG V\nFROM alpine\nARG V\nRUN true\n", 4, "PATH=? V=?"),
        arguments("ARG V=1\nFROM alpine AS a\nARG V\nFROM alpine\nRUN true\n", 5, "PATH=?"),
        // stage ARGs: visible from their declaration on; without a default the value is a build argument's
        arguments("FROM alpine\nRUN a\nARG X=1\nRUN b\n", 2, "PATH=?"),
        arguments("FROM alpine\nRUN a\nARG X=1\nRUN b\n", 4, "PATH=? X=1"),
        arguments("FROM alpine\nARG X\nRUN true\n", 3, "PATH=? X=?"),
        arguments("FROM alpine\nARG A=1 B=$A C=${B}2\nRUN true\n", 3, "PATH=? A=1 B=1 C=12"),
        arguments("FROM alpine\nARG A B=x$A\nRUN true\n", 3, "PATH=? A=? B=?"),
        arguments("ARG A=1 B=${A}x\nFROM alpine\nARG B\nRUN true\n", 4, "PATH=? B=1x"),
        // ENV expands every word with the environment from before the instruction
        arguments("FROM alpine\nENV a=1 b=$a\nRUN true\n", 3, "PATH=? a=1 b="),
        arguments("FROM alpine\nENV a=1\nENV a=2 b=$a\nRUN true\n", 4, "PATH=? a=2 b=1"),
        arguments("FROM alpine\nARG V=1\nENV W=v$V\nRUN true\n", 4, "PATH=? V=1 W=v1"),
        arguments("FROM alpine\nARG V\nENV W=v$V\nRUN true\n", 4, "PATH=? V=? W=?"),
        // the base image's PATH is not visible; scratch has BuildKit's default
        arguments("FROM alpine\nENV PATH=/opt/bin:$PATH\nRUN true\n", 3, "PATH=?"),
        arguments("FROM scratch\nENV PATH=/opt/bin:$PATH\nRUN true\n", 3,
            "PATH=/opt/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
        arguments("FROM alpine\nENV LEGACY a b c\nRUN true\n", 3, "PATH=? LEGACY=a b c"),
        // ARG and ENV of the same name: the newest definition wins; ARG without default adds nothing
        arguments("FROM alpine\nENV X=env\nARG X\nRUN true\n", 4, "PATH=? X=env"),
        arguments("FROM alpine\nENV X=env\nARG X=arg\nRUN true\n", 4, "PATH=? X=arg"),
        arguments("FROM alpine\nARG X=arg\nENV X=env\nRUN true\n", 4, "PATH=? X=env"),
        // a child stage inherits ENV and ARG values; an unrelated stage sees neither
        arguments("FROM alpine AS base\nARG A=1\nENV E=2\nFROM base\nRUN true\n", 5, "PATH=? A=1 E=2"),
        arguments("FROM alpine AS base\nARG A=1\nENV E=2\nFROM alpine\nRUN true\n", 5, "PATH=?"),
        arguments("FROM alpine AS base\nENV E=2\nFROM base AS mid\nENV F=$E$E\nFROM mid\nRUN true\n", 6, "PATH=? E=2 F=22"),
        arguments("ARG V=g\nFROM alpine AS base\nARG V\nFROM base\nARG V=child\nRUN true\n", 6, "PATH=? V=child"),
        // platform arguments: in the global scope by themselves, in a stage only once declared
        arguments("FROM alpine\nRUN echo $TARGETARCH\nARG TARGETARCH\nRUN true\n", 2, "PATH=?"),
        arguments("FROM alpine\nRUN echo $TARGETARCH\nARG TARGETARCH\nRUN true\n", 4, "PATH=? TARGETARCH=?"),
        arguments("ARG TARGETARCH=amd64\nFROM alpine\nARG TARGETARCH\nRUN true\n", 4, "PATH=? TARGETARCH=amd64"),
        arguments("FROM alpine\nARG TARGETOS TARGETARCH\nARG PLATFORM=$TARGETOS/$TARGETARCH\nRUN true\n", 4,
            "PATH=? TARGETOS=? TARGETARCH=? PLATFORM=?"),
        // Windows files: the backtick escapes, a backslash is a plain character
        arguments("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV DIR=C:\\app\n"
            + "ENV LOG=$DIR\\logs LIT=`$DIR\nRUN echo\n", 5, "PATH=? DIR=C:\\app LOG=C:\\app\\logs LIT=$DIR"),
        arguments("FROM alpine\nENV DIR=/app\nENV LIT=\\$DIR Q='$DIR' D=\"$DIR\"\nRUN echo\n", 4,
            "PATH=? DIR=/app LIT=$DIR Q=$DIR D=/app"));
  }

  @ParameterizedTest
  @MethodSource("scopes")
  void variablesVisibleAtAnInstruction(String dockerfile, int line, String expected) {
    DockerfileModel m = model(dockerfile);
    assertThat(visible(m.context(at(m, line)).scope())).isEqualTo(expected);
  }

  static Stream<Arguments> expansions() {
    return Stream.of(
        arguments("ARG VERSION=3.20\nFROM alpine:${VERSION}\n", "alpine:3.20", true),
        arguments("ARG VERSION\nFROM alpine:${VERSION}\n", "alpine:${VERSION}", false),
        arguments("ARG VERSION\nFROM alpine:${VERSION:-3.19}\n", "alpine:${VERSION:-3.19}", false),
        arguments("FROM alpine:${UNDECLARED:-3.19}\n", "alpine:3.19", true),
        arguments("FROM --platform=$TARGETPLATFORM alpine:$TARGETARCH\n", "alpine:$TARGETARCH", false),
        arguments("ARG IMG=golang ARCH=arm64\nFROM ${IMG}:1.22-${ARCH}\n", "golang:1.22-arm64", true),
        arguments("ARG A=x\nARG B=${A}y\nFROM ${B}\n", "xy", true));
  }

  @ParameterizedTest
  @MethodSource("expansions")
  void fromExpandsWithTheGlobalScope(String dockerfile, String name, boolean known) {
    Stage stage = model(dockerfile).stages().get(0);
    assertThat(stage.base().name()).isEqualTo(name);
    assertThat(stage.base().isKnown()).isEqualTo(known);
    assertThat(stage.base().expansion().known()).isEqualTo(known);
  }

  @Test
  void expandUsesTheScopeOfTheInstruction() {
    DockerfileModel m = model("ARG V=global\nFROM alpine\nRUN a\nARG V\nENV W=$V/w\nRUN b\n");
    Instruction from = at(m, 2);
    Instruction first = at(m, 3);
    Instruction last = at(m, 6);
    assertThat(m.expand(from, "$V").knownValue()).contains("global");
    assertThat(m.expand(first, "$V").knownValue()).contains("");
    assertThat(m.expand(first, "$V").references()).map(VariableReference::binding)
        .containsExactly(VariableBinding.Kind.UNDEFINED);
    assertThat(m.expand(last, "$W").knownValue()).contains("global/w");
  }

  @Test
  void originsTellWhereADefinitionCameFrom() {
    DockerfileModel m = model(String.join("\n",
        "ARG G=1",
        "FROM alpine AS base",
        "ARG G",
        "ARG TARGETARCH",
        "ARG OWN=x",
        "ENV E=1",
        "FROM base",
        "RUN true",
        ""));
    Scope global = m.globalScope();
    assertThat(global.originOf("G")).isEqualTo(Scope.Origin.GLOBAL_ARG);
    assertThat(global.originOf("BUILDPLATFORM")).isEqualTo(Scope.Origin.BUILTIN_ARG);
    Scope base = m.finalScope(m.stages().get(0));
    assertThat(base.originOf("G")).isEqualTo(Scope.Origin.ARG);
    assertThat(base.originOf("TARGETARCH")).isEqualTo(Scope.Origin.BUILTIN_ARG);
    assertThat(base.originOf("OWN")).isEqualTo(Scope.Origin.ARG);
    assertThat(base.originOf("E")).isEqualTo(Scope.Origin.ENV);
    assertThat(base.originOf("BUILDPLATFORM")).isNull();
    Scope child = m.context(at(m, 8)).scope();
    assertThat(child.originOf("G")).isEqualTo(Scope.Origin.INHERITED_ARG);
    assertThat(child.originOf("OWN")).isEqualTo(Scope.Origin.INHERITED_ARG);
    assertThat(child.originOf("TARGETARCH")).isEqualTo(Scope.Origin.BUILTIN_ARG);
    assertThat(child.originOf("E")).isEqualTo(Scope.Origin.INHERITED_ENV);
    assertThat(child.lookup("NOPE").kind()).isEqualTo(VariableBinding.Kind.UNDEFINED);
  }

  @Test
  void anImageBuiltByAnotherDockerfileHandsDownOnlyItsEnv() {
    DockerfileModel base = model("FROM centos:7\nARG A=1\nENV E=2\n");
    BaseResolver resolver = image -> image.equals("centos7-systemd")
        ? Optional.of(new BaseResolver.ResolvedBase("base/Dockerfile", base, base.stages().get(0)))
        : Optional.empty();
    DockerfileModel derived = DockerfileModel.of(DockerfileReader.parse("FROM centos7-systemd\nRUN true\n").ast(),
        resolver);
    assertThat(visible(derived.context(at(derived, 2)).scope())).isEqualTo("PATH=? E=2");
    assertThat(derived.context(at(derived, 2)).scope().originOf("E")).isEqualTo(Scope.Origin.INHERITED_ENV);
  }

  @Test
  void globalScopeListsBuiltinsThenGlobalArgsInOrder() {
    DockerfileModel m = model("ARG B=2\nARG A=1\nARG NODEFAULT\nFROM alpine\n");
    assertThat(visible(m.globalScope())).isEqualTo(BUILTINS + " B=2 A=1 NODEFAULT=?");
    assertThat(visible(model("FROM alpine\n").globalScope())).isEqualTo(BUILTINS);
  }
}
