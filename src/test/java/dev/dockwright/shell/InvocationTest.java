package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InvocationTest {

  /** Each invocation as {@code wrapper>wrapper>name}. */
  private static List<String> chains(ShellScript script) {
    return script.invocations().stream()
        .map(i -> Stream.concat(i.wrappers().stream().map(Wrapper::name), Stream.of(i.name()))
            .collect(Collectors.joining(">")))
        .toList();
  }

  static Stream<Arguments> unwrapping() {
    return Stream.of(
        arguments("/usr/bin/apt-get update", List.of("apt-get")),
        arguments("sudo -E apt-get install x", List.of("sudo>apt-get")),
        arguments("sudo -u root -- apt-get install x", List.of("sudo>apt-get")),
        arguments("sudo DEBIAN_FRONTEND=noninteractive apt-get install x", List.of("sudo>apt-get")),
        arguments("env -i PATH=/bin DEBIAN_FRONTEND=noninteractive apt-get install -y x", List.of("env>apt-get")),
        arguments("env", List.of("env")),
        arguments("find . -name '*.pyc' -print0 | xargs -0 -n 1 rm -f", List.of("find", "xargs>rm")),
        arguments("exec nginx -g 'daemon off;'", List.of("exec>nginx")),
        arguments("nohup time nice -n 10 stdbuf -oL make", List.of("nohup>time>nice>stdbuf>make")),
        arguments("command -v curl || apk add curl", List.of("command", "apk")),
        arguments("command curl -fsSL x", List.of("command>curl")),
        arguments("timeout -s KILL 10s curl x", List.of("timeout>curl")),
        arguments("gosu app:app node server.js", List.of("gosu>node")),
        arguments("sh -c 'apt-get update && apt-get install -y git'", List.of("sh", "sh -c>apt-get", "sh -c>apt-get")),
        arguments("bash -ec \"cd /src && make\"", List.of("bash", "bash -c>cd", "bash -c>make")),
        arguments("/bin/bash -o pipefail -c 'curl x | tar xz'", List.of("bash", "bash -c>curl", "bash -c>tar")),
        arguments("sudo sh -c \"echo hi > /x\"", List.of("sudo>sh", "sudo>sh -c>echo")),
        arguments("sh -c \"sh -c 'id -u'\"", List.of("sh", "sh -c>sh", "sh -c>sh -c>id")),
        arguments("sh -c \"$CMD\"", List.of("sh")),
        arguments("sh script.sh", List.of("sh")),
        arguments("echo $(cat /x) `uname`", List.of("echo", "cat", "uname")),
        arguments("$PM install x", List.of("")),
        arguments("if ! command -v git; then apk add git; fi", List.of("command", "apk")),
        arguments("x=1; > /tmp/file", List.of()),
        arguments("cd /app && (make; make install) | tee log", List.of("cd", "make", "make", "tee")),
        arguments("f() { rm -rf /tmp/*; }; f", List.of("rm", "f")),
        arguments("case $1 in a) wget x ;; esac", List.of("wget")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("unwrapping")
  void findsEveryInvocationThroughWrappers(String run, List<String> expected) {
    assertThat(chains(Scripts.run(run))).isEqualTo(expected);
  }

  static Stream<Arguments> flags() {
    return Stream.of(
        // RUN text, invocation index, failureMasked, inCommandSubstitution, inCondition
        arguments("apt-get install x || true", 0, true, false, false),
        arguments("apt-get install x || :", 0, true, false, false),
        arguments("a && apt-get install x || true", 0, true, false, false),
        arguments("a && apt-get install x || true", 1, true, false, false),
        arguments("apt-get install x || echo failed", 0, false, false, false),
        arguments("apt-get install x || true && b", 2, false, false, false),
        arguments("true || apt-get install x", 1, false, false, false),
        arguments("{ apt-get install x; } || true", 0, true, false, false),
        arguments("sh -c 'apt-get install x' || true", 1, true, false, false),
        arguments("apt-get install x | tee log || true", 0, true, false, false),
        arguments("apt-get install x; true", 0, false, false, false),
        arguments("if apt-get install x; then :; fi", 0, false, false, true),
        arguments("while pgrep x; do sleep 1; done", 1, false, false, false),
        arguments("! apt-get install x", 0, false, false, true),
        arguments("echo $(apt-get install x)", 1, false, true, false),
        arguments("echo \"`apt-get install x`\" || true", 1, true, true, false));
  }

  @ParameterizedTest(name = "[{index}] {0} #{1}")
  @MethodSource("flags")
  void flagsMaskedSubstitutedAndConditionalCommands(String run, int index, boolean masked, boolean substituted,
      boolean condition) {
    Invocation inv = Scripts.run(run).invocations().get(index);

    assertThat(inv.failureMasked()).as("failureMasked").isEqualTo(masked);
    assertThat(inv.inCommandSubstitution()).as("inCommandSubstitution").isEqualTo(substituted);
    assertThat(inv.inCondition()).as("inCondition").isEqualTo(condition);
  }

  static Stream<Arguments> options() {
    return Stream.of(
        // RUN text, options as flag[=value], positionals
        arguments("apt-get install -yq --no-install-recommends curl=7.1 wget",
            List.of("-y", "-q", "--no-install-recommends"), List.of("install", "curl=7.1", "wget")),
        arguments("apt-get -o Dpkg::Options::=--force-confold install x",
            List.of("-o=Dpkg::Options::=--force-confold"), List.of("install", "x")),
        arguments("apt-get -q=2 update", List.of("-q=2"), List.of("update")),
        arguments("pip install --index-url=https://x -r req.txt pkg",
            List.of("--index-url=https://x", "-r=req.txt"), List.of("install", "pkg")),
        arguments("rm -- -file -r", List.of(), List.of("-file", "-r")),
        arguments("ls -la \"$dir\" -", List.of("-l", "-a"), List.of("\"$dir\"", "-")),
        arguments("go install -ldflags '-s -w' ./cmd/x", List.of("-ldflags=-s -w"), List.of("install", "./cmd/x")),
        arguments("apk add --virtual .deps gcc", List.of("--virtual=.deps"), List.of("add", "gcc")),
        arguments("curl -fsSLo /tmp/x https://e", List.of("-f", "-s", "-S", "-L", "-o"), List.of("/tmp/x", "https://e")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("options")
  void parsesOptionsAndPositionals(String run, List<String> options, List<String> positionals) {
    Invocation inv = Scripts.run(run).invocations().get(0);

    assertThat(inv.options()).extracting(o -> o.flag() + o.value().map(v -> "=" + v).orElse(""))
        .isEqualTo(options);
    assertThat(Scripts.raws(inv.positionals())).isEqualTo(positionals);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invocationRanges")
  void invocationRangeSpansCommandWordToLastArgument(String run, int index, String range) {
    assertThat(Scripts.at(Scripts.run(run).invocations().get(index).range())).isEqualTo(range);
  }

  static Stream<Arguments> invocationRanges() {
    return Stream.of(
        arguments("sudo apt-get install -y \\\n  curl", 0, "1:10-2:7"),
        arguments("DEBIAN_FRONTEND=noninteractive apt-get update", 0, "1:36-1:50"),
        arguments("make >log 2>&1", 0, "1:5-1:9"));
  }
}
