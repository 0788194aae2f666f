package dev.dockwright.semantic;

import static dev.dockwright.semantic.Models.at;
import static dev.dockwright.semantic.Models.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.dockwright.ast.Flag;
import dev.dockwright.ast.Instruction;
import dev.dockwright.ast.Token;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Stages: aliases, indexes, what each FROM names, base image parts with their ranges, ONBUILD triggers. */
class StagesTest {

  /** {@code #index name FROM base [unknown] parent=#i image=canonical[:tag][@digest]}. */
  static String describe(Stage s) {
    String image = s.base().reference()
        .map(r -> r.canonicalName() + (r.tag() == null ? "" : ":" + r.tag()) + (r.digest() == null ? "" : "@" + r.digest()))
        .orElse("-");
    return "#" + s.index() + " " + s.name().orElse("-") + " FROM " + s.base().name()
        + (s.base().isKnown() ? "" : " [unknown]")
        + " parent=" + s.parent().map(p -> "#" + p.index()).orElse("-") + " image=" + image;
  }

  static Stream<Arguments> stages() {
    return Stream.of(
        arguments("FROM alpine\n",
            List.of("#0 - FROM alpine parent=- image=docker.io/library/alpine")),
        arguments("FROM golang:1.22 AS Builder\nFROM alpine\n",
            List.of("#0 builder FROM golang:1.22 parent=- image=docker.io/library/golang:1.22",
                "#1 - FROM alpine parent=- image=docker.io/library/alpine")),
        arguments("FROM alpine AS base\nFROM base AS app\nFROM app\n",
            List.of("#0 base FROM alpine parent=- image=docker.io/library/alpine",
                "#1 app FROM base parent=#0 image=-",
                "#2 - FROM app parent=#1 image=-")),
        // FROM through a global ARG that names an earlier stage
        arguments("ARG BASE=builder\nFROM golang AS builder\nFROM ${BASE}\n",
            List.of("#0 builder FROM golang parent=- image=docker.io/library/golang",
                "#1 - FROM builder parent=#0 image=-")),
        // a stage can only be built FROM an earlier one: later names and its own name are images
        arguments("FROM app AS base\nFROM alpine AS app\n",
            List.of("#0 base FROM app parent=- image=docker.io/library/app",
                "#1 app FROM alpine parent=- image=docker.io/library/alpine")),
        arguments("FROM base AS base\n",
            List.of("#0 base FROM base parent=- image=docker.io/library/base")),
        // an ARG without default: the base is not known, never guessed
        arguments("ARG BASE\nFROM $BASE AS x\n",
            List.of("#0 x FROM $BASE [unknown] parent=- image=docker.io/library/$BASE")),
        arguments("ARG REG=quay.io\nARG TAG=stream9\nFROM $REG/centos/centos:$TAG\n",
            List.of("#0 - FROM quay.io/centos/centos:stream9 parent=- image=quay.io/centos/centos:stream9")),
        arguments("FROM scratch AS empty\n",
            List.of("#0 empty FROM scratch parent=- image=docker.io/library/scratch")));
  }

  @ParameterizedTest
  @MethodSource("stages")
  void stagesAndWhatTheyAreBuiltFrom(String dockerfile, List<String> expected) {
    assertThat(model(dockerfile).stages()).map(StagesTest::describe).containsExactlyElementsOf(expected);
  }

  @Test
  void aliasesAreCaseInsensitive() {
    DockerfileModel m = model("FROM golang AS Builder\nFROM alpine AS app\n");
    assertThat(m.stageByName("BUILDER")).map(Stage::index).contains(0);
    assertThat(m.stageByName("builder")).map(Stage::index).contains(0);
    assertThat(m.stageByName("App")).map(Stage::index).contains(1);
    assertThat(m.stageByName("golang")).isEmpty();
    Stage builder = m.stages().get(0);
    assertThat(builder.nameToken()).map(Token::text).contains("Builder");
    assertThat(builder.nameToken()).map(t -> t.range().toString()).contains("1:16-1:23");
    assertThat(builder.displayName()).isEqualTo("builder");
    assertThat(model("FROM alpine\n").stages().get(0).displayName()).isEqualTo("#0");
  }

  @Test
  void scratchIsNoImageToPull() {
    assertThat(model("FROM scratch\n").stages().get(0).base().isScratch()).isTrue();
    assertThat(model("FROM alpine\n").stages().get(0).base().isScratch()).isFalse();
  }

  @Test
  void instructionsBelongToTheirStage() {
    DockerfileModel m = model("ARG V=1\nFROM alpine AS a\nRUN one\nFROM a\nRUN two\nCMD [\"x\"]\n");
    assertThat(m.stageOf(at(m, 1))).isEmpty();
    assertThat(m.stageOf(at(m, 2))).map(Stage::index).contains(0);
    assertThat(m.stageOf(at(m, 3))).map(Stage::index).contains(0);
    assertThat(m.stageOf(at(m, 5))).map(Stage::index).contains(1);
    assertThat(m.stages().get(1).instructions()).map(i -> i.range().toString())
        .containsExactly("5:1-5:8", "6:1-6:10");
    assertThat(m.stages().get(1).instructions(Instruction.Cmd.class)).hasSize(1);
    assertThat(m.finalStage()).map(Stage::index).contains(1);
    assertThat(m.globalArgs()).map(a -> a.range().toString()).containsExactly("1:1-1:8");
  }

  @Test
  void baseImagePartsHaveExactRanges() {
    String digest = "sha256:" + "a".repeat(64);
    DockerfileModel m = model("FROM --platform=linux/arm64 registry.example.com:5000/team/app:1.2@" + digest + " AS Build\n");
    Stage stage = m.stages().get(0);
    BaseImage base = stage.base();
    Token token = base.token();
    assertThat(token.range()).hasToString("1:29-1:139");
    ImageReference ref = base.reference().orElseThrow();
    assertThat(ref.valid()).isTrue();
    assertThat(ref.registry()).isEqualTo("registry.example.com:5000");
    assertThat(token.subRange(ref.registrySpan().start(), ref.registrySpan().end())).hasToString("1:29-1:54");
    assertThat(ref.repository()).isEqualTo("team/app");
    assertThat(token.subRange(ref.repositorySpan().start(), ref.repositorySpan().end())).hasToString("1:55-1:63");
    assertThat(ref.tag()).isEqualTo("1.2");
    assertThat(token.subRange(ref.tagSpan().start(), ref.tagSpan().end())).hasToString("1:64-1:67");
    assertThat(ref.digest()).isEqualTo(digest);
    assertThat(token.subRange(ref.digestSpan().start(), ref.digestSpan().end())).hasToString("1:68-1:139");
    assertThat(stage.name()).contains("build");
    assertThat(stage.nameToken()).map(t -> t.range().toString()).contains("1:143-1:148");
    Optional<Flag> platform = stage.from().flag("platform");
    assertThat(platform).map(Flag::value).contains(Optional.of("linux/arm64"));
    assertThat(platform.flatMap(Flag::valueToken)).map(t -> t.range().toString()).contains("1:17-1:28");
  }

  @Test
  void platformFlagExpandsInTheGlobalScope() {
    DockerfileModel m = model("ARG ARCH=arm64\nFROM --platform=linux/$ARCH alpine\nFROM --platform=$BUILDPLATFORM golang\n");
    Instruction first = at(m, 2);
    Instruction second = at(m, 3);
    Expansion fixed = m.expand(first, first.flag("platform").flatMap(Flag::value).orElseThrow());
    assertThat(fixed.knownValue()).contains("linux/arm64");
    Expansion build = m.expand(second, second.flag("platform").flatMap(Flag::value).orElseThrow());
    assertThat(build.known()).isFalse();
    assertThat(build.value()).isEqualTo("$BUILDPLATFORM");
  }

  @Test
  void onbuildTriggersAreOwnedByTheStageAndRunFirstInItsChildren() {
    DockerfileModel m = model(String.join("\n",
        "FROM alpine AS base",
        "ONBUILD ENV X=1",
        "ONBUILD RUN echo $X",
        "RUN echo own",
        "FROM base AS child",
        "RUN echo child",
        "FROM child",
        "RUN echo grandchild",
        "FROM alpine",
        "RUN echo unrelated",
        ""));
    Stage base = m.stages().get(0);
    Stage child = m.stages().get(1);
    Stage grandchild = m.stages().get(2);
    Stage unrelated = m.stages().get(3);
    assertThat(base.onbuildTriggers()).map(i -> i.keyword().text() + "@" + i.range())
        .containsExactly("ENV@2:9-2:16", "RUN@3:9-3:20");
    assertThat(base.inheritedTriggers()).isEmpty();
    assertThat(base.effectiveInstructions()).map(i -> i.keyword().text() + "@" + i.range())
        .containsExactly("ONBUILD@2:1-2:16", "ONBUILD@3:1-3:20", "RUN@4:1-4:13");
    assertThat(child.inheritedTriggers()).isEqualTo(base.onbuildTriggers());
    assertThat(child.onbuildTriggers()).isEmpty();
    assertThat(child.effectiveInstructions()).map(i -> i.keyword().text() + "@" + i.range())
        .containsExactly("ENV@2:9-2:16", "RUN@3:9-3:20", "RUN@6:1-6:15");
    // triggers are consumed by the child: the grandchild does not run them again
    assertThat(grandchild.inheritedTriggers()).isEmpty();
    assertThat(grandchild.effectiveInstructions()).map(i -> i.range().toString()).containsExactly("8:1-8:20");
    assertThat(unrelated.inheritedTriggers()).isEmpty();
    // the inherited ENV trigger defines X in the child (and so in the grandchild), not in the base
    assertThat(Models.visible(m.finalScope(base))).isEqualTo("PATH=?");
    assertThat(Models.visible(m.finalScope(child))).isEqualTo("PATH=? X=1");
    assertThat(Models.visible(m.context(at(m, 6)).scope())).isEqualTo("PATH=? X=1");
    assertThat(Models.visible(m.finalScope(grandchild))).isEqualTo("PATH=? X=1");
    assertThat(Models.visible(m.finalScope(unrelated))).isEqualTo("PATH=?");
    // a trigger's own context: the stage that registers it, marked as a trigger
    Instruction trigger = base.onbuildTriggers().get(1);
    assertThat(m.context(trigger).onbuildTrigger()).isTrue();
    assertThat(m.context(trigger).stage()).map(Stage::index).contains(0);
    assertThat(m.context(at(m, 3)).onbuildTrigger()).isFalse();
  }
}
