package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChildShellTest {
  @Test
  void subshellsSubstitutionsAndNestedShellsAreChildShells() {
    ShellScript s = Scripts.run("cd /a && (cd /b && make) && x=$(cd /c && pwd) && sh -c 'cd /d' && { cd /e; }");
    List<Boolean> child = s.cdInvocations().stream().map(s::runsInChildShell).toList();
    assertThat(s.cdInvocations()).extracting(i -> i.positionals().get(0).raw())
        .containsExactly("/a", "/b", "/c", "/d", "/e");
    assertThat(child).containsExactly(false, true, true, true, false);
  }
}
