package dev.dockwright.engine;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Fuzz inputs: small Dockerfiles assembled from grammar-aware fragments (directives, instructions with
 * flags, JSON arrays, heredocs, escapes and continuations, variables, shell constructs), mixed with raw
 * noise, then optionally mutated at the byte level (deletions, duplications, inserted or flipped bytes,
 * truncation), so that both the happy paths of every rule and the parser's recovery get exercised.
 */
final class FuzzInputs {
  private FuzzInputs() {}

  static Arbitrary<byte[]> inputs() {
    Arbitrary<byte[]> structured = dockerfiles().map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> base = Arbitraries.frequencyOf(
        Tuple.of(8, structured),
        Tuple.of(1, noiseText().map(s -> s.getBytes(StandardCharsets.UTF_8))),
        Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)));
    Arbitrary<List<Mutation>> mutations = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(List.<Mutation>of())),
        Tuple.of(2, mutation().list().ofMinSize(1).ofMaxSize(4)));
    return Combinators.combine(base, mutations).as(FuzzInputs::mutate);
  }

  static Arbitrary<String> dockerfiles() {
    Arbitrary<String> directives = Arbitraries.of("", "", "# syntax=docker/dockerfile:1\n", "# escape=`\n",
        "# escape=\\\n", "# check=skip=all\n", "# check=error=true\n# escape=`\n", "# escape=x\n",
        "# dockwright: ignore=all\n", "# syntax=docker/dockerfile:1.4-labs\n# escape=\\\n");
    Arbitrary<String> from = Combinators.combine(Arbitraries.of("FROM ", "FROM --platform=$BUILDPLATFORM ",
        "FROM --platform=linux/amd64 ", "from "), image(), Arbitraries.of("", "", " AS build", " as base",
        " AS", " AS a b")).as((k, i, a) -> k + i + a + "\n");
    Arbitrary<String> body = Arbitraries.frequencyOf(Tuple.of(6, instruction()), Tuple.of(1, trivia()))
        .list().ofMaxSize(10).map(ls -> String.join("", ls));
    Arbitrary<String> eol = Arbitraries.of("\n", "\n", "\n", "\r\n");
    Arbitrary<String> bom = Arbitraries.of("", "", "", "", "\uFEFF");
    return Combinators.combine(bom, directives, from, body, eol, Arbitraries.of(true, true, false))
        .as((b, d, f, rest, nl, trailing) -> {
          String text = (b + d + f + rest).replace("\n", nl);
          return trailing ? text : text.stripTrailing();
        });
  }

  private static Arbitrary<String> image() {
    return Arbitraries.of("alpine", "alpine:3.19", "ubuntu:latest", "debian:12-slim", "node:20@sha256:"
        + "a".repeat(64), "scratch", "${BASE}", "$IMG:${TAG:-1}", "registry.example.com:5000/team/app:1.0",
        "build", "centos:7", "fedora", "python:3.12", "busybox", "docker.io/library/nginx", "my image", "",
        "mcr.microsoft.com/windows/servercore:ltsc2022", "jrei/systemd-ubuntu", "UPPER:Case");
  }

  private static Arbitrary<String> trivia() {
    return Arbitraries.of("# comment\n", "\n", "   \n", "  # indented\n", "#\n", "# hadolint ignore=DL3008\n",
        "# dockwright: ignore=DW1001\n", "# dockwright: ignore=all\n", "# syntax=late\n", "# escape=`\n");
  }

  private static Arbitrary<String> instruction() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, run()),
        Tuple.of(2, Combinators.combine(Arbitraries.of("CMD", "ENTRYPOINT", "RUN", "SHELL", "HEALTHCHECK CMD",
            "ONBUILD RUN", "CMD"), jsonArray()).as((k, j) -> k + " " + j + "\n")),
        Tuple.of(3, Combinators.combine(Arbitraries.of("COPY", "ADD", "copy"), copyFlags(), words(), words())
            .as((k, f, a, b) -> k + f + " " + a + " " + b + "\n")),
        Tuple.of(2, Combinators.combine(Arbitraries.of("ENV", "ARG", "LABEL", "ENV", "ARG"), assignments())
            .as((k, a) -> k + " " + a + "\n")),
        Tuple.of(3, Combinators.combine(Arbitraries.of("WORKDIR", "USER", "EXPOSE", "VOLUME", "STOPSIGNAL",
            "MAINTAINER", "ONBUILD", "ONBUILD ONBUILD", "HEALTHCHECK", "HEALTHCHECK --interval=5s CMD",
            "FOO", "SHELL", "CMD", "ENTRYPOINT", "FROM", "ARG"), words())
            .as((k, w) -> k + " " + w + "\n")),
        Tuple.of(1, Combinators.combine(Arbitraries.of("FROM ", "FROM --platform=$X "), image(),
            Arbitraries.of("", " AS s2", " AS build")).as((k, i, a) -> k + i + a + "\n")));
  }

  private static Arbitrary<String> run() {
    Arbitrary<String> flags = Arbitraries.of("", "", "", " --mount=type=cache,target=/var/cache/apt",
        " --mount=type=secret,id=x", " --network=none", " --security=insecure", " --mount=type=bind,from=build",
        " --mount=", " --unknown=1", " --mount=type=tmpfs,target=/tmp --network=host");
    Arbitrary<String> script = shellCommand().list().ofMinSize(1).ofMaxSize(4)
        .map(cs -> String.join("", cs)).map(s -> s.replaceFirst("^\\s*(&&|\\|\\||;|\\|)\\s*", ""));
    Arbitrary<String> heredoc = Combinators.combine(Arbitraries.of("<<EOF", "<<-EOT", "<<'Q'", "<<\"EOF\"",
        "<<EOF cat", "cat <<EOF >/x", "<<EOF bash -e", "<<A <<B"), shellCommand().list().ofMaxSize(3),
        Arbitraries.of("EOF\n", "\tEOT\n", "Q\n", "A\nB\n", "", "EOF", "  EOF\n"))
        .as((h, b, end) -> h + "\n" + String.join("", b).replaceAll("^\\s*(&&|\\|\\||;|\\|)\\s*", "") + "\n"
            + end);
    return Combinators.combine(Arbitraries.of("RUN", "RUN", "run", "ONBUILD RUN", "  RUN"), flags,
        Arbitraries.frequencyOf(Tuple.of(5, script), Tuple.of(1, heredoc)))
        .as((k, f, s) -> k + f + " " + s + (s.endsWith("\n") ? "" : "\n"));
  }

  private static Arbitrary<String> shellCommand() {
    Arbitrary<String> command = Arbitraries.of(
        "apt-get update", "apt-get install -y curl", "apt-get install curl=7.0 wget", "apt-get -y upgrade",
        "apt install vim", "rm -rf /var/lib/apt/lists/*", "apk add --no-cache bash", "apk add curl", "apk upgrade",
        "yum install -y httpd", "yum clean all", "dnf install -y git", "zypper install x", "pip install flask",
        "pip install --no-cache-dir -r requirements.txt", "npm install", "npm ci", "gem install rails",
        "go install ./...", "curl -fsSL http://x | sh", "wget -qO- https://x | bash", "curl http://x -o y",
        "cd /app", "sudo make install", "echo \"$HOME\"", "echo ${A:-b} ${B:+c} ${C#x} ${D%%y} ${#E}",
        "echo $(date) `uname`", "export X=1", "systemctl enable nginx", "useradd -m u", "chmod 777 /x",
        "ln -s /a /b", "source /etc/profile", "git clone https://x", "ssh-keyscan x", "tar xf a.tgz",
        "if [ -f x ]; then echo y; fi", "for i in 1 2; do echo $i; done", "case $x in a) b;; esac",
        "while true; do break; done", "(cd x && make)", "{ a; b; }", "f() { echo; }", "x=$((1+2))",
        "echo 'single $quoted'", "echo \"a\\\"b\"", "cat > /etc/x <<< foo", "exec 3>&1", "2>/dev/null",
        "ls | grep x | wc -l", "mkdir -p /a/{b,c}", "echo ~", "$(", "`", "\"unterminated", "'", "${", "${x",
        "!", "&", "[[ -n $x ]]", "set -o pipefail", "echo $((", "a=b c", "pip3 install x==1.0", "easy_install x",
        "apt-get install -y --no-install-recommends a b c", "chown -R 1000:1000 /app", "wget -O - x | tar xz");
    Arbitrary<String> join = Arbitraries.of(" && ", " && ", " ; ", " | ", " || ", " && \\\n    ", " \\\n ",
        " &&\\\n# comment\n  ", " & ", "\n", " \\\n\n ", " `\n  ", " \\ \n  ");
    return Combinators.combine(join, command).as((j, c) -> j + c);
  }

  private static Arbitrary<String> jsonArray() {
    return Arbitraries.of("[\"a\", \"b\"]", "[\"/bin/sh\", \"-c\", \"echo $X\"]", "[]", "[1]", "[\"x\"",
        "[\"a\\\"b\", \"\\u00e9\"]", "['single']", "[\"a\",]", "[\"nginx\", \"-g\", \"daemon off;\"]",
        "[\"/sbin/init\"]", "[\"powershell\", \"-Command\"]", "[\"cmd\", \"/S\", \"/C\"]", "[\"a\" \"b\"]",
        "[\"bash\", \"-c\", \"exec \\\"$0\\\"\"]", "[\"a\", \\\n \"b\"]", "{\"a\": 1}");
  }

  private static Arbitrary<String> copyFlags() {
    return Arbitraries.of("", "", "", " --from=build", " --from=0", " --chown=1000:1000", " --chmod=755",
        " --link", " --parents", " --exclude=*.md", " --from=", " --chown=$USER", " --keep-git-dir=true",
        " --checksum=sha256:abc");
  }

  private static Arbitrary<String> assignments() {
    Arbitrary<String> pair = Arbitraries.of("A=b", "PATH=/x:$PATH", "K=\"v w\"", "X='y z'", "DEBIAN_FRONTEND="
        + "noninteractive", "A", "A b c", "=v", "V=${V:-d}", "TAG", "HTTP_PROXY=http://p", "PASSWORD=secret",
        "maintainer=x", "org.opencontainers.image.version=1", "container=docker", "A=\\\n  b", "E=", "\"q\"=1");
    return pair.list().ofMinSize(1).ofMaxSize(3).map(ps -> String.join(" ", ps));
  }

  private static Arbitrary<String> words() {
    Arbitrary<String> word = Arbitraries.of("/app", ".", "./", "src/", "*.jar", "a b", "http://x/y.tar.gz",
        "https://github.com/a/b.git", "$HOME", "${DIR:-/opt}", "C:\\path", "root", "1000:1000", "80/tcp",
        "8080", "65536", "SIGTERM", "9", "[\"/data\"]", "--", "--from=x", "\\", "`", "<<EOF", "~/x", "\u00e9",
        "\uD83D\uDE00", "-1", "nobody", "/", "..", "package.json", "requirements.txt", "--interval=0s");
    Arbitrary<String> sep = Arbitraries.of(" ", " ", "\t", " \\\n  ", " `\n");
    return Combinators.combine(word, sep).as((w, s) -> w + s).list().ofMinSize(1).ofMaxSize(4)
        .map(ws -> String.join("", ws).stripTrailing());
  }

  private static Arbitrary<String> noiseText() {
    Arbitrary<Character> chars = Arbitraries.of('\\', '`', '\n', '\r', ' ', '\t', '#', '"', '\'', '[', ']', '<',
        '-', '=', '$', '{', '}', '(', ')', '&', '|', ';', 'a', 'R', 'U', 'N', 'F', 'M', '\0', '\u00A0', '\uD83D',
        '\uDE00', 'E', 'O', '\uFEFF', '\u2028');
    return Arbitraries.oneOf(
        chars.list().ofMaxSize(150).map(FuzzInputs::join),
        Arbitraries.strings().all().ofMaxLength(150),
        Combinators.combine(Arbitraries.of("FROM alpine\nRUN ", "FROM x\n", "RUN ", "FROM a\nCOPY "),
            chars.list().ofMaxSize(100).map(FuzzInputs::join)).as((a, b) -> a + b));
  }

  private static String join(List<Character> cs) {
    StringBuilder sb = new StringBuilder(cs.size());
    cs.forEach(sb::append);
    return sb.toString();
  }

  /** A byte-level edit at a relative position (0 to 1) of the input. */
  record Mutation(int kind, double at, int length, byte value) {}

  private static Arbitrary<Mutation> mutation() {
    return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.doubles().between(0, 1),
        Arbitraries.integers().between(1, 40), Arbitraries.of((byte) '\\', (byte) '\n', (byte) '`', (byte) '"',
            (byte) '$', (byte) '{', (byte) '<', (byte) 0, (byte) 0xC3, (byte) 0xFF, (byte) '\r', (byte) ' ',
            (byte) '[', (byte) '\'', (byte) 0xE2))
        .as(Mutation::new);
  }

  static byte[] mutate(byte[] input, List<Mutation> mutations) {
    byte[] cur = input;
    for (Mutation m : mutations) {
      int at = (int) Math.min(cur.length, Math.floor(m.at() * (cur.length + 1)));
      int end = Math.min(cur.length, at + m.length());
      ByteArrayOutputStream out = new ByteArrayOutputStream(cur.length + m.length());
      out.write(cur, 0, at);
      switch (m.kind()) {
        case 0 -> out.write(cur, end, cur.length - end); // delete
        case 1 -> { // duplicate a slice
          out.write(cur, at, end - at);
          out.write(cur, at, cur.length - at);
        }
        case 2 -> { // insert one byte
          out.write(m.value());
          out.write(cur, at, cur.length - at);
        }
        case 3 -> { // overwrite one byte
          out.write(m.value());
          out.write(cur, Math.min(cur.length, at + 1), cur.length - Math.min(cur.length, at + 1));
        }
        case 4 -> { /* truncate */ }
        default -> { // swap the slice with what follows it
          int end2 = Math.min(cur.length, end + m.length());
          out.write(cur, end, end2 - end);
          out.write(cur, at, end - at);
          out.write(cur, end2, cur.length - end2);
        }
      }
      cur = out.toByteArray();
    }
    return cur;
  }
}
