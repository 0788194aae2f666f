package dev.dockwright.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Where every key and value of a YAML file is, by JSON pointer ({@code /systemd/cgroup},
 * {@code /ignore/2}).
 *
 * <p>Data binding knows the path of a bad value but not always its position: for records Jackson
 * reports an unknown key only after reading past its value, and a duplicate key at its end. One scan
 * of the tokens before binding gives every error an exact {@code line:col} and the rule references
 * their origins. The scan also reports what binding would report badly or not at all: malformed
 * YAML, duplicate keys, a file that is not a mapping, a second document.
 *
 * <p>It also holds the line against hostile files, before anything is bound: at most
 * {@value #MAX_CHARACTERS} characters, values nested at most {@value #MAX_DEPTH} deep, keys and values of at
 * most {@value #MAX_SCALAR} characters, and no aliases at all (so no "billion laughs" expansion). A real
 * config is a few hundred characters, three levels deep.
 */
final class YamlIndex {
  /** Characters (code points) a config file may hold: 1 MiB. */
  static final int MAX_CHARACTERS = 1 << 20;
  /** How deep lists and mappings may nest; {@code rules: {name: {option: [value]}}} is 3. */
  static final int MAX_DEPTH = 20;
  /** Characters a single key or value may have. */
  static final int MAX_SCALAR = 4096;
  private static final YAMLFactory FACTORY = factory();

  /** A position in the file; prints as {@code line:col}. */
  record Mark(int line, int column) {
    @Override
    public String toString() {
      return line + ":" + column;
    }
  }

  /** A value's position and what kind of YAML node it is. */
  record Value(Mark mark, JsonToken token) {}

  private final Map<JsonPointer, Mark> keys = new HashMap<>();
  private final Map<JsonPointer, Value> values = new HashMap<>();
  private final List<String> topLevelKeys = new ArrayList<>();
  private boolean empty;

  private YamlIndex() {}

  /**
   * The scanner, with SnakeYAML's own limits set just past ours: a backstop, since {@link #scan} rejects what
   * they guard against first. No alias reaches a collection (the scan refuses every one), so the alias limit
   * is set as low as it goes.
   */
  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CHARACTERS + 1);
    options.setNestingDepthLimit(MAX_DEPTH + 1);
    options.setMaxAliasesForCollections(1);
    // The builder starts without the features `new YAMLFactory()` has on: a bare `---` must still read as null.
    return YAMLFactory.builder().loaderOptions(options).enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
  }

  /** Scans {@code text}; throws a {@link ConfigException} naming {@code displayPath} when it is not a YAML mapping. */
  static YamlIndex scan(String text, String displayPath) {
    if (text.length() > MAX_CHARACTERS) {
      int characters = text.codePointCount(0, text.length());
      if (characters > MAX_CHARACTERS) {
        throw tooLarge(displayPath, characters + " characters");
      }
    }
    YamlIndex index = new YamlIndex();
    try (JsonParser p = FACTORY.createParser(text)) {
      index.read(p, displayPath);
    } catch (JsonProcessingException | YAMLException e) {
      throw syntaxError(e, displayPath);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return index;
  }

  /** The file is larger than a config may be; {@code size} says how large, e.g. {@code "52428800 bytes"}. */
  static ConfigException tooLarge(String displayPath, String size) {
    return new ConfigException(displayPath, "is " + size + ", more than a config file may hold (" + MAX_CHARACTERS
        + " characters)", "check that this is the config file, and keep only settings in it");
  }

  /** True when the file holds no mapping at all (empty, only comments, or a bare {@code ---}). */
  boolean isEmpty() {
    return empty;
  }

  List<String> topLevelKeys() {
    return topLevelKeys;
  }

  Optional<Mark> key(JsonPointer pointer) {
    return Optional.ofNullable(keys.get(pointer));
  }

  Optional<Value> value(JsonPointer pointer) {
    return Optional.ofNullable(values.get(pointer));
  }

  private void read(JsonParser p, String displayPath) throws IOException {
    JsonToken root = p.nextToken();
    if (root == null || root == JsonToken.VALUE_NULL) {
      empty = true;
    } else if (root != JsonToken.START_OBJECT) {
      throw ConfigException.at(displayPath, mark(p.currentTokenLocation()),
          "the file must be a mapping of keys to values, not " + kind(root),
          "start with a key, e.g. ignore: [DL3008]");
    } else {
      readMapping(p, displayPath);
    }
    if (p.nextToken() != null) {
      throw ConfigException.at(displayPath, mark(p.currentTokenLocation()), "a second YAML document starts here",
          "keep one document per file: delete the '---' line and what follows it");
    }
  }

  private void readMapping(JsonParser p, String displayPath) throws IOException {
    Deque<Map<String, Mark>> open = new ArrayDeque<>();
    open.push(new HashMap<>());
    while (!open.isEmpty()) {
      JsonToken t = p.nextToken();
      Mark here = mark(p.currentTokenLocation());
      if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
        // Jackson reads `*name` as the string "name", not as the anchored value.
        throw ConfigException.at(displayPath, here, "YAML aliases are not supported",
            "write the value out instead of *" + p.getText());
      }
      switch (t) {
        case FIELD_NAME -> {
          String name = p.currentName();
          checkLength(name, "key", here, displayPath);
          Mark first = open.peek().putIfAbsent(name, here);
          if (first != null) {
            throw ConfigException.at(displayPath, here, "duplicate key '" + name + "', first given at " + first,
                "merge the two into one");
          }
          keys.put(p.getParsingContext().pathAsPointer(), here);
          if (open.size() == 1) {
            topLevelKeys.add(name);
          }
        }
        case START_OBJECT, START_ARRAY -> {
          if (open.size() > MAX_DEPTH) {
            throw ConfigException.at(displayPath, here, "lists and mappings nest more than " + MAX_DEPTH
                + " levels deep here",
                "a config needs at most 3 levels (rules: {name: {option: [value]}}): flatten it");
          }
          values.put(p.getParsingContext().getParent().pathAsPointer(), new Value(here, t));
          open.push(new HashMap<>());
        }
        case END_OBJECT, END_ARRAY -> open.pop();
        default -> {
          if (t == JsonToken.VALUE_STRING) {
            checkLength(p.getText(), "value", here, displayPath);
          }
          values.put(p.getParsingContext().pathAsPointer(), new Value(here, t));
        }
      }
    }
  }

  private static void checkLength(String scalar, String what, Mark here, String displayPath) {
    if (scalar.length() > MAX_SCALAR) {
      throw ConfigException.at(displayPath, here, "this " + what + " is " + scalar.length() + " characters long, more"
          + " than the " + MAX_SCALAR + " a config " + what + " may have", "shorten it");
    }
  }

  static Mark mark(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? null : new Mark(location.getLineNr(), location.getColumnNr());
  }

  /** How a token reads in a message: "a list", "a string"... */
  static String kind(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "a mapping";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "empty";
      case VALUE_EMBEDDED_OBJECT -> "binary data";
      default -> "'" + token.asString() + "'";
    };
  }

  private static ConfigException syntaxError(Exception e, String displayPath) {
    MarkedYAMLException marked = markedCause(e);
    if (marked == null && e.getMessage() != null && e.getMessage().startsWith("Expected a field name")) {
      Mark at = e instanceof JsonProcessingException j ? mark(j.getLocation()) : null;
      return ConfigException.at(displayPath, at, "invalid YAML: a key must be plain text, not a list or mapping",
          "write key: value");
    }
    if (marked == null) {
      String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      Mark at = e instanceof JsonProcessingException j ? mark(j.getLocation()) : null;
      return ConfigException.at(displayPath, at, "invalid YAML: " + firstLine(message), "fix the YAML syntax here");
    }
    String problem = firstLine(marked.getProblem()).replace(" (Do not use \\t(TAB) for indentation)", "")
        .replace(". (Do not use \\t(TAB) for indentation)", "");
    String context = marked.getContext() == null ? "" : marked.getContext();
    Mark problemAt = mark(marked.getProblemMark());
    Mark contextAt = mark(marked.getContextMark());
    boolean unterminated = problem.contains("<stream end>") || problem.contains("end of stream");
    if (problem.contains("TAB")) {
      return ConfigException.at(displayPath, problemAt, "invalid YAML: a tab indents this line", "indent with spaces");
    }
    if (unterminated && context.contains("quoted scalar")) {
      return ConfigException.at(displayPath, contextAt, "invalid YAML: this quoted string never ends",
          "add the closing quote");
    }
    if (unterminated && context.contains("flow sequence")) {
      return ConfigException.at(displayPath, contextAt, "invalid YAML: this '[' list is never closed",
          "add the closing ']'");
    }
    if (unterminated && context.contains("flow mapping")) {
      return ConfigException.at(displayPath, contextAt, "invalid YAML: this '{' mapping is never closed",
          "add the closing '}'");
    }
    if (problem.contains("mapping values are not allowed")) {
      return ConfigException.at(displayPath, problemAt, "invalid YAML: unexpected ':'",
          "quote the value if it contains ': ', or indent the key under its parent");
    }
    if (problem.contains("could not find expected ':'")) {
      return ConfigException.at(displayPath, contextAt != null ? contextAt : problemAt,
          "invalid YAML: a key without ':'", "write 'key: value', or quote text that spans lines");
    }
    if (problem.startsWith("expected <block end>")) {
      return ConfigException.at(displayPath, problemAt, "invalid YAML: this line is indented wrongly",
          "line it up with the other entries of the same list or mapping");
    }
    return ConfigException.at(displayPath, problemAt != null ? problemAt : contextAt, "invalid YAML: " + problem,
        "check the indentation and quoting here");
  }

  private static MarkedYAMLException markedCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m) {
        return m;
      }
    }
    return null;
  }

  private static Mark mark(org.yaml.snakeyaml.error.Mark m) {
    return m == null ? null : new Mark(m.getLine() + 1, m.getColumn() + 1);
  }

  private static String firstLine(String s) {
    String t = s == null ? "" : s.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl).strip();
  }
}
