package dev.dockwright.engine;

import dev.dockwright.ast.Dockerfile;
import dev.dockwright.ast.Instruction;
import dev.dockwright.fix.Applicability;
import dev.dockwright.parser.DockerfileReader;
import dev.dockwright.rule.FixAvailability;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A seeded generator of Dockerfiles for the fix-convergence harness. Its material is this project's own: the
 * bad example of every rule page in {@code rules/} (each triggers its rule, so every rule with a fix has
 * something to fix). A file is one example, with instructions spliced in from up to three others (a stage of
 * each, without its {@code FROM}) at random places, and now and then a different base image, a lower-case
 * keyword, a duplicated instruction, a trailing comment or CRLF line endings, so that fixes meet each other.
 */
final class FixCorpus {
  private static final Pattern BLOCK = Pattern.compile("```dockerfile\\n(.*?)```", Pattern.DOTALL);
  private static final List<String> BASES = List.of("debian:12", "ubuntu:24.04", "centos:7", "rockylinux:9",
      "fedora:40", "alpine:3.20", "opensuse/leap:15.6", "jrei/systemd-debian:12", "python:3.12-slim",
      "node:20", "registry.access.redhat.com/ubi9/ubi-init", "scratch");

  /** One rule page's bad example, cut into its instructions. */
  private record Example(String rule, boolean fixable, String text, List<List<String>> stages, int firstFromEnd) {}

  private final List<Example> examples;

  private FixCorpus(List<Example> examples) {
    this.examples = examples;
  }

  static FixCorpus fromRulePages() {
    List<Example> out = new ArrayList<>();
    for (RuleDescriptor d : RuleRegistry.standard().all()) {
      Path page = Path.of("rules", d.id() + "-" + d.name() + ".md");
      String text;
      try {
        text = Files.readString(page);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int at = text.indexOf("## Example");
      Matcher m = BLOCK.matcher(at < 0 ? "" : text.substring(at));
      if (!m.find()) {
        continue;
      }
      String bad = m.group(1);
      Dockerfile df = DockerfileReader.parse(bad).ast();
      List<List<String>> stages = new ArrayList<>();
      int firstFromEnd = -1;
      for (Instruction ins : df.instructions()) {
        String slice = bad.substring(ins.range().startOffset(), ins.range().endOffset());
        if (ins.keyword().text().equalsIgnoreCase("FROM")) {
          stages.add(new ArrayList<>());
          if (firstFromEnd < 0) {
            firstFromEnd = ins.range().endOffset();
          }
        } else if (!stages.isEmpty()) {
          stages.get(stages.size() - 1).add(slice);
        }
      }
      if (firstFromEnd < 0) {
        continue;
      }
      boolean fixable = d.fix() != FixAvailability.NONE && (d.fixSafety().contains(Applicability.SAFE)
          || d.fixSafety().contains(Applicability.UNSAFE));
      out.add(new Example(d.id(), fixable, bad, stages, firstFromEnd));
    }
    return new FixCorpus(out);
  }

  /** The {@code count} files of seed {@code seed}, each with its name ({@code generated-<seed>-<n>}). */
  Stream<String[]> files(long seed, int count) {
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(n -> new String[] {"generated-" + seed + "-" + n, file(new Random(seed * 1_000_003L + n))});
  }

  String file(Random r) {
    List<Example> fixable = examples.stream().filter(Example::fixable).toList();
    Example main = r.nextInt(4) > 0 ? fixable.get(r.nextInt(fixable.size())) : examples.get(r.nextInt(examples.size()));
    String head = main.text.substring(0, main.firstFromEnd);
    if (r.nextInt(5) == 0) {
      head = head.replaceFirst("(?im)^(\\s*FROM\\s+(?:--\\S+\\s+)*)\\S+", "$1" + BASES.get(r.nextInt(BASES.size())));
    }
    String tail = main.text.substring(main.firstFromEnd);
    // The rest of the main example stays as it is (later stages included); spliced instructions go into
    // its first stage, between the FROM and what follows it.
    List<String> first = new ArrayList<>(main.stages.get(0));
    int others = r.nextInt(4);
    for (int k = 0; k < others; k++) {
      Example other = examples.get(r.nextInt(examples.size()));
      List<String> stage = other.stages.get(r.nextInt(other.stages.size()));
      int at = first.isEmpty() ? 0 : r.nextInt(first.size() + 1);
      first.addAll(at, stage);
    }
    if (!first.isEmpty() && r.nextInt(6) == 0) {
      int i = r.nextInt(first.size());
      first.add(i, first.get(i));
    }
    if (!first.isEmpty() && r.nextInt(6) == 0) {
      int i = r.nextInt(first.size());
      String s = first.get(i);
      int sp = s.indexOf(' ');
      if (sp > 0) {
        first.set(i, s.substring(0, sp).toLowerCase(Locale.ROOT) + s.substring(sp));
      }
    }
    StringBuilder sb = new StringBuilder(head).append('\n');
    for (String s : first) {
      sb.append(s).append('\n');
    }
    String rest = restAfterFirstStage(tail, main.stages.get(0).size());
    sb.append(rest);
    if (r.nextInt(8) == 0) {
      sb.append("# end of the generated file\n");
    }
    String text = sb.toString().replaceAll("\n{3,}", "\n\n");
    return r.nextInt(10) == 0 ? text.replace("\n", "\r\n") : text;
  }

  /** The text of the example after its first stage's instructions (its later stages), from the FROM end. */
  private static String restAfterFirstStage(String tail, int firstStageInstructions) {
    Dockerfile df = DockerfileReader.parse("FROM x" + tail).ast();
    int seen = 0;
    for (Instruction ins : df.instructions()) {
      if (ins.keyword().text().equalsIgnoreCase("FROM") && seen > 0) {
        return tail.substring(Math.max(0, ins.range().startOffset() - "FROM x".length()));
      }
      seen++;
      if (seen > firstStageInstructions + 1) {
        break;
      }
    }
    return "";
  }
}
