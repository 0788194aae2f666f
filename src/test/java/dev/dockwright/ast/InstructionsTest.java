package dev.dockwright.ast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.parser.DockerfileReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstructionsTest {
  private static final Dockerfile FILE = DockerfileReader.parse("""
      FROM alpine:3.20
      ONBUILD ONBUILD RUN echo deep
      ONBUILD COPY a /a
      ONBUILD
      RUN echo top
      """).ast();

  private static List<String> kinds(List<Instruction> list) {
    return list.stream().map(i -> i.kind().keyword() + "@" + i.range().startLine() + ":" + i.range().startColumn())
        .toList();
  }

  @Test
  void everyTriggerAtEveryDepthFollowsItsOnbuild() {
    assertThat(kinds(Instructions.withTriggers(FILE.instructions()))).containsExactly("FROM@1:1", "ONBUILD@2:1",
        "ONBUILD@2:9", "RUN@2:17", "ONBUILD@3:1", "COPY@3:9", "ONBUILD@4:1", "RUN@5:1");
  }

  @Test
  void theEffectiveInstructionIsTheInnermostTrigger() {
    List<Instruction> ins = FILE.instructions();
    assertThat(Instructions.effective(ins.get(1)).kind()).isEqualTo(InstructionKind.RUN);
    assertThat(Instructions.effective(ins.get(2)).kind()).isEqualTo(InstructionKind.COPY);
    assertThat(Instructions.effective(ins.get(3))).isSameAs(ins.get(3));
    assertThat(Instructions.triggers(ins.get(4))).isEmpty();
  }
}
