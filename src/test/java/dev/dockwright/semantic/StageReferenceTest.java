package dev.dockwright.semantic;

import static dev.dockwright.semantic.Models.at;
import static dev.dockwright.semantic.Models.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.dockwright.ast.Instruction;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@code COPY --from} and {@code RUN --mount=from=} name, resolved as BuildKit's toCommand and
 * detectRunMount do: a stage name (case-insensitive, looked up among all stages), else a stage index,
 * else an image. BuildKit refuses variables in {@code --from}, so a value with one is unknown.
 */
class StageReferenceTest {
  private static final String FILE = String.join("\n",
      "FROM golang AS Builder",                                // 1
      "RUN go build -o /out/app",                              // 2
      "FROM alpine",                                           // 3
      "ARG SRC=builder",                                       // 4
      "COPY --from=builder /out/app /app",                     // 5
      "COPY --from=BUILDER /out/app /app",                     // 6
      "COPY --from=0 /out/app /app",                           // 7
      "COPY --from=nginx:1.27 /etc/nginx /etc/nginx",          // 8
      "COPY --from=$SRC /out/app /app",                        // 9
      "COPY --from=later /x /x",                               // 10
      "COPY --from=7 /x /x",                                   // 11
      "COPY /local /local",                                    // 12
      "ADD --chown=app https://example.com/a.tgz /a",          // 13
      "COPY --from=\"builder\" /out/app /app",                 // 14
      "FROM alpine AS later",                                  // 15
      "");

  /** {@code KIND #stage image text@range expansion}. */
  static String describe(StageReference r) {
    return r.kind() + " " + r.stage().map(s -> "#" + s.index()).orElse("-")
        + " " + r.image().map(i -> i.familiarName() + (i.tag() == null ? "" : ":" + i.tag())).orElse("-")
        + " " + r.text() + "@" + r.range()
        + (r.kind() == StageReference.Kind.UNKNOWN ? " would be " + r.expansion().value() : "");
  }

  static Stream<Arguments> copyFrom() {
    return Stream.of(
        arguments(5, "STAGE_NAME #0 - builder@5:13-5:20"),
        arguments(6, "STAGE_NAME #0 - BUILDER@6:13-6:20"),
        arguments(7, "STAGE_INDEX #0 - 0@7:13-7:14"),
        arguments(8, "IMAGE - nginx:1.27 nginx:1.27@8:13-8:23"),
        arguments(9, "UNKNOWN - - $SRC@9:13-9:17 would be builder"),
        // names the stage after it: BuildKit fails ("needs to be defined before current stage")
        arguments(10, "STAGE_NAME #2 - later@10:13-10:18"),
        // an index past the last stage: BuildKit fails ("invalid stage index")
        arguments(11, "STAGE_INDEX - - 7@11:13-11:14"),
        // the flag value is unquoted as BuildKit does; the range is that of the value as written
        arguments(14, "STAGE_NAME #0 - builder@14:13-14:22"));
  }

  @ParameterizedTest
  @MethodSource("copyFrom")
  void copyFromNamesAStageAnIndexAnImageOrSomethingUnknown(int line, String expected) {
    DockerfileModel m = model(FILE);
    assertThat(m.copyFrom(at(m, line)).map(StageReferenceTest::describe)).contains(expected);
  }

  @Test
  void copyWithoutFromHasNoReference() {
    DockerfileModel m = model(FILE);
    assertThat(m.copyFrom(at(m, 12))).isEmpty();
    assertThat(m.copyFrom(at(m, 13))).isEmpty();
  }

  @Test
  void referenceKindsTellStagesFromImages() {
    DockerfileModel m = model(FILE);
    assertThat(m.copyFrom(at(m, 5)).orElseThrow().isStage()).isTrue();
    assertThat(m.copyFrom(at(m, 7)).orElseThrow().isStage()).isTrue();
    assertThat(m.copyFrom(at(m, 8)).orElseThrow().isStage()).isFalse();
    assertThat(m.copyFrom(at(m, 9)).orElseThrow().isStage()).isFalse();
  }

  static Stream<Arguments> mounts() {
    return Stream.of(
        arguments("RUN --mount=type=cache,target=/root/.cache/go-build go build",
            List.of("cache {target=/root/.cache/go-build, type=cache}"), List.of()),
        arguments("RUN --mount=from=builder,source=/out,target=/in cp /in/app /app",
            List.of("bind {from=builder, source=/out, target=/in}"), List.of("STAGE_NAME #0 - builder")),
        arguments("RUN --mount=type=bind,from=Builder,target=/in,ro true",
            List.of("bind {from=Builder, ro=true, target=/in, type=bind}"), List.of("STAGE_NAME #0 - Builder")),
        arguments("RUN --mount=type=cache,from=0,target=/c --mount=type=secret,id=npmrc,dst=/root/.npmrc true",
            List.of("cache {from=0, target=/c, type=cache}", "secret {dst=/root/.npmrc, id=npmrc, type=secret}"),
            List.of("STAGE_INDEX #0 - 0")),
        arguments("RUN --mount=from=busybox:1.36,target=/bb true",
            List.of("bind {from=busybox:1.36, target=/bb}"), List.of("IMAGE - busybox:1.36 busybox:1.36")),
        arguments("RUN --mount=from=${SRC},target=/in true",
            List.of("bind {from=${SRC}, target=/in}"), List.of("UNKNOWN - - ${SRC} would be builder")));
  }

  @ParameterizedTest
  @MethodSource("mounts")
  void runMountsAndTheirSources(String run, List<String> expectedMounts, List<String> expectedSources) {
    DockerfileModel m = model("FROM golang AS builder\nFROM alpine\nARG SRC=builder\n" + run + "\n");
    Instruction instruction = at(m, 4);
    List<MountSpec> mounts = m.mounts(instruction);
    assertThat(mounts).map(s -> s.type() + " " + new TreeMap<>(s.fields())).containsExactlyElementsOf(expectedMounts);
    assertThat(mounts.stream().flatMap(s -> s.from().stream())
        .map(from -> m.resolveFrom(instruction, from, instruction.range()))
        .map(r -> describe(r).replace("@" + instruction.range(), "")))
        .containsExactlyElementsOf(expectedSources);
  }

  @Test
  void mountTargetHasThreeSpellings() {
    assertThat(MountSpec.parse("type=cache,target=/a").target()).contains("/a");
    assertThat(MountSpec.parse("type=cache,dst=/b").target()).contains("/b");
    assertThat(MountSpec.parse("type=cache,destination=/c").target()).contains("/c");
    assertThat(MountSpec.parse("type=tmpfs").target()).isEmpty();
    assertThat(MountSpec.parse("TYPE=Cache,target=/a").type()).isEqualTo("cache");
    assertThat(MountSpec.parse("target=/a,target=/b").fields()).isEqualTo(Map.of("target", "/b"));
  }
}
