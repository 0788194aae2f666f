package dev.dockwright.config;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.dockwright.config.DockwrightConfig.Format;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the text of one config file into a {@link DockwrightConfig}: scan it ({@link YamlIndex}),
 * bind it to {@link DockwrightFile} or {@link HadolintFile} with Jackson, then translate. Every
 * Jackson error becomes a one-line {@link ConfigException} at the position the index knows.
 */
final class ConfigParser {
  private static final ObjectMapper MAPPER = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .addModule(Choices.module())
      // `ignore:` with nothing after it is an empty list; a `~` inside a list or mapping is a mistake.
      .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
      .withCoercionConfig(LogicalType.Collection, c -> c.setCoercion(CoercionInputShape.EmptyString,
          CoercionAction.AsEmpty))
      .withCoercionConfig(LogicalType.Map, c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsEmpty))
      // `systemd:` with nothing after it is no systemd section, like an empty list or mapping.
      .withCoercionConfig(LogicalType.POJO, c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
      .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
      .build();

  private final Path source;
  private final String displayPath;
  private final YamlIndex index;
  private final Format format;
  private final Map<String, String> origins = new LinkedHashMap<>();

  private ConfigParser(Path source, String displayPath, YamlIndex index, Format format) {
    this.source = source;
    this.displayPath = displayPath;
    this.index = index;
    this.format = format;
  }

  /**
   * Parses one config file.
   *
   * @param source where the file is; {@code images} paths resolve against its directory
   * @param displayPath how messages name the file (as the user gave it, or relative to the working directory)
   * @param format the kind of file, or empty to decide by its keys ({@link #guess})
   */
  static DockwrightConfig parse(String text, Path source, String displayPath, Optional<Format> format) {
    YamlIndex index = YamlIndex.scan(text, displayPath);
    ConfigParser parser = new ConfigParser(source, displayPath, index, format.orElseGet(() -> guess(index)));
    return parser.format == Format.HADOLINT ? parser.fromHadolint(text) : parser.fromDockwright(text);
  }

  /** A file with a hadolint-only key and no dockwright-only key is a hadolint config; anything else is ours. */
  static Format guess(YamlIndex index) {
    List<String> keys = index.topLevelKeys();
    boolean hadolintOnly = keys.stream().anyMatch(HadolintFile.OWN_KEYS::contains);
    boolean dockwrightOnly = keys.stream()
        .anyMatch(k -> DockwrightFile.EXAMPLES.containsKey(k) && !HadolintFile.EXAMPLES.containsKey(k));
    return hadolintOnly && !dockwrightOnly ? Format.HADOLINT : Format.DOCKWRIGHT;
  }

  private DockwrightConfig fromDockwright(String text) {
    DockwrightFile f = bind(text, DockwrightFile.class);
    List<String> select = ruleList(f.select(), "select");
    List<String> ignore = ruleList(f.ignore(), "ignore");
    Map<String, String> severity = new LinkedHashMap<>();
    orEmpty(f.severity()).forEach((rule, level) -> {
      severity.put(rule, Choices.name(level));
      recordOrigin(rule, keyMark(pointer("severity", rule)));
    });
    orEmpty(f.rules()).forEach((rule, options) -> {
      recordOrigin(rule, keyMark(pointer("rules", rule)));
      orEmpty(options).keySet().forEach(option -> {
        origins.put(DockwrightConfig.optionKey(rule, option, false),
            ConfigException.where(displayPath, keyMark(pointer("rules", rule, option))));
        origins.put(DockwrightConfig.optionKey(rule, option, true),
            ConfigException.where(displayPath, valueMark(pointer("rules", rule, option))));
      });
    });
    Optional<String> cgroup = Optional.ofNullable(f.systemd()).map(DockwrightFile.Systemd::cgroup).map(Choices::name);
    Optional<String> runMode = Optional.ofNullable(f.systemd()).map(DockwrightFile.Systemd::runMode).map(this::runMode);
    return new DockwrightConfig(select, ignore, severity, Optional.ofNullable(f.failureThreshold()).map(Choices::name),
        nonEmptyList(f.trustedRegistries(), "name a registry", "trusted-registries"), labelSchema(f.labelSchema()),
        Boolean.TRUE.equals(f.strictLabels()), Boolean.TRUE.equals(f.disableIgnorePragma()), cgroup, runMode,
        target(f.target()), Optional.ofNullable(f.compat()).map(Choices::name), images(orEmpty(f.images())),
        orEmpty(f.rules()), origins, Optional.of(source), Format.DOCKWRIGHT);
  }

  /**
   * hadolint's keys in dockwright's terms. {@code failure-threshold: ignore|none} makes hadolint fail on
   * every finding (ignore is its lowest level), which is dockwright's {@code style}; {@code no-fail: true}
   * never fails, dockwright's {@code none}.
   */
  private DockwrightConfig fromHadolint(String text) {
    HadolintFile h = bind(text, HadolintFile.class);
    List<String> ignore = ruleList(h.ignored(), "ignored");
    Map<String, String> severity = new LinkedHashMap<>();
    HadolintFile.SeverityOverrides o = h.override();
    if (o != null) {
      overrideLevel(severity, o.error(), "error");
      overrideLevel(severity, o.warning(), "warning");
      overrideLevel(severity, o.info(), "info");
      overrideLevel(severity, o.style(), "style");
    }
    Optional<String> threshold = Boolean.TRUE.equals(h.noFail()) ? Optional.of("none")
        : Optional.ofNullable(h.failureThreshold()).map(t -> switch (t) {
          case IGNORE, NONE -> "style";
          default -> Choices.name(t);
        });
    return new DockwrightConfig(List.of(), ignore, severity, threshold,
        nonEmptyList(h.trustedRegistries(), "name a registry", "trustedRegistries"), labelSchema(h.labelSchema()),
        Boolean.TRUE.equals(h.strictLabels()), Boolean.TRUE.equals(h.disableIgnorePragma()), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of(), origins, Optional.of(source),
        Format.HADOLINT);
  }

  private void overrideLevel(Map<String, String> severity, List<String> rules, String level) {
    List<String> list = ruleList(rules, "override", level);
    for (int i = 0; i < list.size(); i++) {
      String rule = list.get(i);
      String earlier = severity.putIfAbsent(rule, level);
      if (earlier != null) {
        throw ConfigException.at(displayPath, valueMark(pointer("override", level).appendIndex(i)),
            "'" + rule + "' is already listed under override." + earlier, "keep it under one level only");
      }
    }
  }

  private List<String> ruleList(List<String> rules, String... key) {
    List<String> list = nonEmptyList(rules, "name a rule", key);
    JsonPointer at = pointer(key);
    for (int i = 0; i < list.size(); i++) {
      recordOrigin(list.get(i), valueMark(at.appendIndex(i)));
    }
    return list;
  }

  private List<String> nonEmptyList(List<String> values, String fix, String... key) {
    List<String> list = orEmpty(values);
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).isBlank()) {
        throw ConfigException.at(displayPath, valueMark(pointer(key).appendIndex(i)),
            "an entry of '" + String.join(".", key) + "' is empty", fix + " or delete the entry");
      }
    }
    return list;
  }

  /** {@code systemd.run-mode}: one of the run modes the boot model knows. */
  private String runMode(String value) {
    return dev.dockwright.semantic.boot.RunMode.parse(value).map(dev.dockwright.semantic.boot.RunMode::id)
        .orElseThrow(() -> ConfigException.at(displayPath, valueMark(pointer("systemd", "run-mode")),
            "'" + value + "' is not a run mode", "use " + dev.dockwright.semantic.boot.RunMode.choices()));
  }

  /** {@code target: NAME}: a stage name as BuildKit's {@code --target} takes it. */
  private Optional<String> target(String target) {
    if (target == null) {
      return Optional.empty();
    }
    if (target.isBlank() || !target.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
      throw ConfigException.at(displayPath, valueMark(pointer("target")), "'" + target + "' is not a stage name",
          "write the name of the stage the image is built to, as in FROM ... AS runtime");
    }
    return Optional.of(target);
  }

  private static Map<String, String> labelSchema(Map<String, Choices.LabelType> schema) {
    Map<String, String> out = new LinkedHashMap<>();
    orEmpty(schema).forEach((label, type) -> out.put(label, Choices.name(type)));
    return out;
  }

  private Map<String, Path> images(Map<String, String> images) {
    Path base = source.toAbsolutePath().getParent();
    Map<String, Path> out = new LinkedHashMap<>();
    images.forEach((image, dockerfile) -> {
      YamlIndex.Mark at = valueMark(pointer("images", image));
      if (dockerfile.isBlank()) {
        throw ConfigException.at(displayPath, at, "no Dockerfile given for image '" + image + "'",
            "write the path of the Dockerfile that builds it, relative to this file");
      }
      try {
        out.put(image, base.resolve(dockerfile).normalize());
      } catch (InvalidPathException e) {
        throw ConfigException.at(displayPath, at, "'" + dockerfile + "' is not a valid path",
            "write the path of the Dockerfile that builds '" + image + "', relative to this file");
      }
    });
    return out;
  }

  private void recordOrigin(String rule, YamlIndex.Mark mark) {
    origins.putIfAbsent(rule, ConfigException.where(displayPath, mark));
  }

  private YamlIndex.Mark keyMark(JsonPointer p) {
    return index.key(p).orElse(null);
  }

  private YamlIndex.Mark valueMark(JsonPointer p) {
    return index.value(p).map(YamlIndex.Value::mark).orElse(null);
  }

  private static JsonPointer pointer(String... keys) {
    JsonPointer p = JsonPointer.empty();
    for (String k : keys) {
      p = p.appendProperty(k);
    }
    return p;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static <V> Map<String, V> orEmpty(Map<String, V> map) {
    return map == null ? Map.of() : map;
  }

  // ---- Jackson errors, translated ----

  private <T> T bind(String text, Class<T> type) {
    try {
      return MAPPER.readValue(index.isEmpty() ? "{}" : text, type);
    } catch (UnrecognizedPropertyException e) {
      throw unknownKey(e);
    } catch (InvalidNullException e) {
      throw at(e, valueMark(pointer(e)), subject(e) + " is empty", "give it a value or delete it");
    } catch (InvalidFormatException e) {
      throw badValue(e);
    } catch (MismatchedInputException e) {
      throw wrongShape(e);
    } catch (JsonProcessingException e) {
      throw at(e, null, "cannot read the file: " + e.getOriginalMessage(), "check the entry at this position");
    }
  }

  private ConfigException unknownKey(UnrecognizedPropertyException e) {
    String key = e.getPropertyName();
    JsonPointer where = pointer(e);
    YamlIndex.Mark at = keyMark(where);
    boolean topLevel = e.getPath().size() == 1;
    Map<String, String> otherFormat = format == Format.HADOLINT ? HadolintFile.DOCKWRIGHT_ONLY
        : DockwrightFile.HADOLINT_ONLY;
    if (topLevel && otherFormat.containsKey(key)) {
      String other = format == Format.HADOLINT ? "dockwright" : "hadolint";
      String self = format == Format.HADOLINT ? "hadolint" : "dockwright";
      return at(e, at, "'" + key + "' is a " + other + " key, not a " + self + " one", otherFormat.get(key));
    }
    String section = topLevel ? "" : " in '" + dotted(e.getPath().subList(0, e.getPath().size() - 1)) + "'";
    List<String> known = e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
    return Suggestions.nearest(key, known)
        .map(s -> at(e, at, "unknown key '" + key + "'" + section, "did you mean '" + s + "'?"))
        .orElseGet(() -> at(e, at, "unknown key '" + key + "'" + section, "use one of " + String.join(", ", known)));
  }

  private ConfigException badValue(InvalidFormatException e) {
    YamlIndex.Mark at = valueMark(pointer(e));
    Class<?> target = e.getTargetType();
    String value = String.valueOf(e.getValue());
    Optional<String> noun = Choices.noun(target);
    if (noun.isPresent()) {
      String fix = "use " + Choices.listed(target);
      return value.isEmpty() ? at(e, at, subject(e) + " is empty", fix)
          : at(e, at, "'" + value + "' is not " + noun.get(), fix);
    }
    if (target == Boolean.class || target == boolean.class) {
      return at(e, at, "'" + value + "' is not true or false", "write true or false");
    }
    return at(e, at, "'" + value + "' is not a valid value for " + subject(e), "write it as " + example(e));
  }

  private ConfigException wrongShape(MismatchedInputException e) {
    Optional<YamlIndex.Value> found = index.value(pointer(e));
    YamlIndex.Mark at = found.map(YamlIndex.Value::mark).orElse(null);
    String foundKind = found.map(v -> YamlIndex.kind(v.token())).orElse("this");
    Class<?> target = e.getTargetType();
    if (target != null && target.isEnum()) {
      return at(e, at, subject(e) + " must be a single value, not " + foundKind, "use " + Choices.listed(target));
    }
    return at(e, at, subject(e) + " must be " + expected(target) + ", not " + foundKind, "write it as " + example(e));
  }

  private static String expected(Class<?> target) {
    if (target == null) {
      return "something else";
    }
    if (Collection.class.isAssignableFrom(target)) {
      return "a list";
    }
    if (target == Boolean.class || target == boolean.class) {
      return "true or false";
    }
    if (target == String.class) {
      return "a string";
    }
    return "a mapping";
  }

  private String example(JsonMappingException e) {
    String top = e.getPath().isEmpty() ? "" : e.getPath().get(0).getFieldName();
    Map<String, String> examples = format == Format.HADOLINT ? HadolintFile.EXAMPLES : DockwrightFile.EXAMPLES;
    return examples.getOrDefault(top, "ignore: [DL3008]");
  }

  /** {@code 'systemd.cgroup'}, or {@code an entry of 'ignore'} for a list element. */
  private static String subject(JsonMappingException e) {
    List<JsonMappingException.Reference> path = e.getPath();
    if (!path.isEmpty() && path.get(path.size() - 1).getFieldName() == null) {
      return "an entry of '" + dotted(path.subList(0, path.size() - 1)) + "'";
    }
    return "'" + dotted(path) + "'";
  }

  private static String dotted(List<JsonMappingException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() == null) {
        sb.append('[').append(r.getIndex()).append(']');
      } else {
        sb.append(sb.isEmpty() ? "" : ".").append(r.getFieldName());
      }
    }
    return sb.toString();
  }

  private static JsonPointer pointer(JsonMappingException e) {
    JsonPointer p = JsonPointer.empty();
    for (JsonMappingException.Reference r : e.getPath()) {
      p = r.getFieldName() == null ? p.appendIndex(r.getIndex()) : p.appendProperty(r.getFieldName());
    }
    return p;
  }

  /** At the indexed position, or where Jackson says when the index has none. */
  private ConfigException at(JsonProcessingException e, YamlIndex.Mark mark, String problem, String fix) {
    return ConfigException.at(displayPath, mark != null ? mark : YamlIndex.mark(e.getLocation()), problem, fix);
  }
}
