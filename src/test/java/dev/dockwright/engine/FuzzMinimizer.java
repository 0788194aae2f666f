package dev.dockwright.engine;

import dev.dockwright.parser.DecodedSource;
import dev.dockwright.parser.ParserFuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Shrinks a crashing input of the parser or pipeline fuzz target (delta debugging: whole lines first, then
 * single characters) while it still fails with the same signature (exception class and the message with its
 * numbers blanked), and writes the result. Not a test of the build: {@code bench/fuzz.sh} runs it with
 * {@code -Dfuzz.minimize=IN -Dfuzz.target=parser|pipeline -Dfuzz.output=OUT}.
 */
class FuzzMinimizer {
  private static final int MAX_TRIES = 4000;

  @Test
  @EnabledIfSystemProperty(named = "fuzz.minimize", matches = ".+")
  void minimize() throws IOException {
    Path in = Path.of(System.getProperty("fuzz.minimize"));
    Path out = Path.of(System.getProperty("fuzz.output"));
    String target = System.getProperty("fuzz.target", "pipeline");
    Consumer<String> check = switch (target) {
      case "parser" -> ParserFuzzTest::checkInvariants;
      case "pipeline" -> {
        FuzzTarget t = new FuzzTarget();
        yield s -> t.check(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      default -> throw new IllegalArgumentException("fuzz.target must be parser or pipeline, not " + target);
    };
    String text = DecodedSource.decode(Files.readAllBytes(in)).text();
    Optional<String> signature = signature(check, text);
    if (signature.isEmpty()) {
      throw new AssertionError(in + " does not fail the " + target + " target on this code");
    }
    String small = new Shrinker(check, signature.get()).shrink(text);
    Files.writeString(out, small);
    System.out.println("minimized " + in + " (" + text.length() + " chars) to " + out + " (" + small.length()
        + " chars): " + signature.get());
  }

  static Optional<String> signature(Consumer<String> check, String text) {
    try {
      check.accept(text);
      return Optional.empty();
    } catch (Throwable t) {
      Throwable root = t;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      String message = String.valueOf(root.getMessage()).lines().findFirst().orElse("").replaceAll("[0-9]+", "#");
      return Optional.of(root.getClass().getName() + ": " + message);
    }
  }

  private static final class Shrinker {
    private final Consumer<String> check;
    private final String signature;
    private int tries;

    Shrinker(Consumer<String> check, String signature) {
      this.check = check;
      this.signature = signature;
    }

    String shrink(String text) {
      List<String> lines = ddmin(text.lines().map(l -> l + "\n").toList());
      List<String> chars = ddmin(String.join("", lines).codePoints().mapToObj(Character::toString).toList());
      return String.join("", chars);
    }

    private boolean fails(List<String> parts) {
      tries++;
      return signature(check, String.join("", parts)).filter(signature::equals).isPresent();
    }

    /** Zeller's ddmin over complements: removes ever smaller chunks while the input still fails the same way. */
    private List<String> ddmin(List<String> parts) {
      List<String> current = parts;
      int n = 2;
      while (current.size() >= 2 && tries < MAX_TRIES) {
        int chunk = (int) Math.ceil(current.size() / (double) n);
        boolean reduced = false;
        for (int start = 0; start < current.size() && tries < MAX_TRIES; start += chunk) {
          List<String> complement = new ArrayList<>(current.subList(0, start));
          complement.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
          if (!complement.isEmpty() && fails(complement)) {
            current = complement;
            n = Math.max(n - 1, 2);
            reduced = true;
            break;
          }
        }
        if (!reduced) {
          if (n >= current.size()) {
            break;
          }
          n = Math.min(current.size(), n * 2);
        }
      }
      return current;
    }
  }
}
