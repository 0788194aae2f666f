package dev.dockwright.semantic.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the simulation to real boots: {@code bench/boot-truth.sh} booted each image of
 * {@code testdata/boot-truth/} under Docker {@code --privileged} and Podman and recorded every unit's state.
 * Every unit the simulation lists must be loaded in the real boot and in the state its verdict implies:
 * {@code starts}/{@code host}/{@code cosmetic} active (or run to success), {@code skipped} inactive with its
 * condition unmet (or masked), {@code fails} failed.
 */
class BootTruthTest {
  private static final Path ROOT = Path.of("testdata/boot-truth");

  static Stream<Path> recordings() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT, 2)) {
      return files.filter(p -> p.getFileName().toString().matches("(docker-privileged|podman)\\.json")).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("recordings")
  void everySimulatedUnitAgreesWithTheRealBoot(Path recording) throws IOException {
    JsonNode real = new ObjectMapper().readTree(recording.toFile());
    if (!real.path("systemState").asText().matches("running|degraded")) {
      return; // a recorded failure to boot is about the run line, not the units
    }
    Map<String, JsonNode> units = new HashMap<>();
    real.path("units").forEach(u -> units.put(u.path("unit").asText(), u));
    RunMode mode = RunMode.parse(real.path("runMode").asText()).orElseThrow();
    String dockerfile = Files.readString(recording.resolveSibling("Dockerfile"));
    List<String> disagreements = new ArrayList<>();
    for (BootSimulation.UnitVerdict v : BootSimulationTest.boot(dockerfile, mode).units()) {
      JsonNode r = units.get(v.unit());
      if (r == null) {
        disagreements.add(v.unit() + " " + v.verdict().id() + ": not loaded in the real boot");
        continue;
      }
      String active = r.path("active").asText();
      boolean ranToSuccess = active.equals("inactive") && r.path("result").asText().equals("success")
          && r.path("condition").asText().equals("yes");
      boolean agrees = switch (v.verdict()) {
        case STARTS, HOST, COSMETIC -> active.matches("active|activating|reloading") || ranToSuccess;
        case SKIPPED -> r.path("load").asText().equals("masked")
            || active.equals("inactive") && !r.path("condition").asText().equals("yes");
        case FAILS -> active.equals("failed");
      };
      if (!agrees) {
        disagreements.add(v.unit() + " " + v.verdict().id() + ": really " + active + "/" + r.path("sub").asText()
            + (r.hasNonNull("failedCondition") ? " (" + r.path("failedCondition").asText() + ")" : ""));
      }
    }
    assertThat(disagreements).as("%s", recording).isEmpty();
  }
}
