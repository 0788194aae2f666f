package dev.dockwright.engine;

import dev.dockwright.fix.Applicability;
import dev.dockwright.rule.Category;
import dev.dockwright.rule.FixAvailability;
import dev.dockwright.rule.OptionSpec;
import dev.dockwright.rule.OptionType;
import dev.dockwright.rule.Rule;
import dev.dockwright.rule.RuleInfo;
import dev.dockwright.rule.Severity;
import dev.dockwright.rules.AllRules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule's {@link RuleInfo}, written at build time into the jar ({@value #RESOURCE}) so that start-up
 * reads one small text file instead of 111 annotations: the first annotation read in a JVM costs tens of
 * milliseconds (annotation parsing and a generated proxy class), a noticeable part of a one-file lint. The
 * build writes it with {@link #main}; a test holds it equal to the annotations. Without it (running from an
 * IDE) the annotations are read.
 */
public final class RuleIndex {
  static final String RESOURCE = "/dockwright/rule-index.tsv";
  private static final String UNIT = "\u001f";
  private static final String RECORD = "\u001e";

  /** What the annotation says, as plain values. */
  public record Entry(String id, String name, String summary, Severity severity, Category category,
      FixAvailability fix, List<Applicability> fixSafety, List<String> aliases, boolean enabledByDefault,
      String externalCodes, List<OptionSpec> options) {

    public Entry {
      fixSafety = List.copyOf(fixSafety);
      aliases = List.copyOf(aliases);
      options = List.copyOf(options);
    }

    static Entry of(RuleInfo info) {
      return new Entry(info.id(), info.name(), info.summary(), info.severity(), info.category(), info.fix(),
          List.of(info.fixSafety()), List.of(info.aliases()), info.enabledByDefault(), info.externalCodes(),
          Arrays.stream(info.options()).map(OptionSpec::of).toList());
    }

    /** Options are written {@code name RS type RS default RS pattern RS summary}, separated by US (0x1f). */
    String line(String className) {
      return String.join("\t", className, id, name, severity.name(), category.name(), fix.name(),
          String.join(",", fixSafety.stream().map(Applicability::name).toList()), String.join(",", aliases),
          Boolean.toString(enabledByDefault), externalCodes, summary, String.join(UNIT, options.stream()
              .map(o -> String.join(RECORD, o.name(), o.type().name(), o.defaultValue(), o.pattern(), o.summary()))
              .toList()));
    }

    static Map.Entry<String, Entry> parse(String line) {
      String[] f = line.split("\t", -1);
      if (f.length != 12) {
        throw new IllegalStateException("malformed line in " + RESOURCE + ": " + line);
      }
      List<Applicability> safety = f[6].isEmpty() ? List.of()
          : Arrays.stream(f[6].split(",")).map(Applicability::valueOf).toList();
      List<String> aliases = f[7].isEmpty() ? List.of() : List.of(f[7].split(","));
      List<OptionSpec> options = f[11].isEmpty() ? List.of() : Arrays.stream(f[11].split(UNIT)).map(o -> {
        String[] p = o.split(RECORD, -1);
        return new OptionSpec(p[0], OptionType.valueOf(p[1]), p[2], p[3], p[4]);
      }).toList();
      return Map.entry(f[0], new Entry(f[1], f[2], f[10], Severity.valueOf(f[3]), Category.valueOf(f[4]),
          FixAvailability.valueOf(f[5]), safety, aliases, Boolean.parseBoolean(f[8]), f[9], options));
    }
  }

  private RuleIndex() {}

  private static final class Loaded {
    static final Map<String, Entry> BY_CLASS = load();
  }

  /** The rule class's metadata: from the index when the class is in it, else from its annotation. */
  public static Optional<Entry> of(Class<? extends Rule> type) {
    Entry e = Loaded.BY_CLASS.get(type.getName());
    if (e != null) {
      return Optional.of(e);
    }
    RuleInfo info = type.getAnnotation(RuleInfo.class);
    return info == null ? Optional.empty() : Optional.of(Entry.of(info));
  }

  /** The entry the annotation gives, for the test that holds the index to it. */
  static Optional<Entry> fromAnnotation(Class<? extends Rule> type) {
    return Optional.ofNullable(type.getAnnotation(RuleInfo.class)).map(Entry::of);
  }

  static Map<String, Entry> load() {
    Map<String, Entry> out = new HashMap<>();
    try (InputStream in = RuleIndex.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return out;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          Map.Entry<String, Entry> e = Entry.parse(line);
          out.put(e.getKey(), e.getValue());
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Build step: writes the index of every rule in {@link AllRules} to the file named by the first argument. */
  public static void main(String[] args) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Rule rule : AllRules.create()) {
      Entry e = fromAnnotation(rule.getClass()).orElseThrow(
          () -> new IllegalStateException(rule.getClass().getName() + " has no RuleInfo annotation"));
      if (e.summary().contains("\t") || e.summary().contains("\n")) {
        throw new IllegalStateException(e.id() + ": a summary is one line without tabs");
      }
      for (OptionSpec o : e.options()) {
        if (!o.name().matches("[a-z][a-z0-9-]*")
            || (o.summary() + o.defaultValue() + o.pattern()).matches("(?s).*[\t\n\u001e\u001f].*")) {
          throw new IllegalStateException(e.id() + ": option '" + o.name() + "' needs a kebab-case name and "
              + "a one-line summary and default");
        }
        o.typedDefault();
      }
      lines.add(e.line(rule.getClass().getName()));
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.getParent());
    Files.write(out, lines, StandardCharsets.UTF_8);
  }
}
