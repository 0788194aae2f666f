package dev.dockwright.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImageReferenceTest {

  private static final String HEX64 = "7cc4b5aefd1d0cadf8d97d4350462ba51c694ebca145b08d7d41b41acc8db5aa";

  /** One expected component: its text and [start,end) in the input, or absent. */
  private record Part(String text, TextSpan span) {
    static final Part NONE = new Part(null, null);

    static Part of(String text, int start, int end) {
      return new Part(text, new TextSpan(start, end));
    }
  }

  static Stream<Arguments> validReferences() {
    return Stream.of(
        arguments("ubuntu", Part.NONE, Part.of("ubuntu", 0, 6), Part.NONE, Part.NONE,
            "docker.io", "library/ubuntu", "ubuntu"),
        arguments("ubuntu:22.04", Part.NONE, Part.of("ubuntu", 0, 6), Part.of("22.04", 7, 12), Part.NONE,
            "docker.io", "library/ubuntu", "ubuntu"),
        arguments("centos:centos7", Part.NONE, Part.of("centos", 0, 6), Part.of("centos7", 7, 14), Part.NONE,
            "docker.io", "library/centos", "centos"),
        arguments("registry.access.redhat.com/ubi9/ubi-init:latest",
            Part.of("registry.access.redhat.com", 0, 26), Part.of("ubi9/ubi-init", 27, 40),
            Part.of("latest", 41, 47), Part.NONE,
            "registry.access.redhat.com", "ubi9/ubi-init", "registry.access.redhat.com/ubi9/ubi-init"),
        arguments("localhost:5000/a/b:1@sha256:" + HEX64,
            Part.of("localhost:5000", 0, 14), Part.of("a/b", 15, 18), Part.of("1", 19, 20),
            Part.of("sha256:" + HEX64, 21, 92),
            "localhost:5000", "a/b", "localhost:5000/a/b"),
        arguments("scratch", Part.NONE, Part.of("scratch", 0, 7), Part.NONE, Part.NONE,
            "docker.io", "library/scratch", "scratch"),
        arguments("library/ubuntu", Part.NONE, Part.of("library/ubuntu", 0, 14), Part.NONE, Part.NONE,
            "docker.io", "library/ubuntu", "ubuntu"),
        arguments("docker.io/ubuntu", Part.of("docker.io", 0, 9), Part.of("ubuntu", 10, 16), Part.NONE, Part.NONE,
            "docker.io", "library/ubuntu", "ubuntu"),
        arguments("index.docker.io/team/app:v1", Part.of("index.docker.io", 0, 15), Part.of("team/app", 16, 24),
            Part.of("v1", 25, 27), Part.NONE, "docker.io", "team/app", "team/app"),
        arguments("team/app", Part.NONE, Part.of("team/app", 0, 8), Part.NONE, Part.NONE,
            "docker.io", "team/app", "team/app"),
        arguments("localhost/app", Part.of("localhost", 0, 9), Part.of("app", 10, 13), Part.NONE, Part.NONE,
            "localhost", "app", "localhost/app"),
        arguments("myreg:5000/team/app", Part.of("myreg:5000", 0, 10), Part.of("team/app", 11, 19), Part.NONE,
            Part.NONE, "myreg:5000", "team/app", "myreg:5000/team/app"),
        arguments("ghcr.io/owner/repo@sha256:" + HEX64, Part.of("ghcr.io", 0, 7), Part.of("owner/repo", 8, 18),
            Part.NONE, Part.of("sha256:" + HEX64, 19, 90), "ghcr.io", "owner/repo", "ghcr.io/owner/repo"),
        arguments("[::1]:5000/app:tag", Part.of("[::1]:5000", 0, 10), Part.of("app", 11, 14), Part.of("tag", 15, 18),
            Part.NONE, "[::1]:5000", "app", "[::1]:5000/app"),
        arguments("127.0.0.1:5000/x", Part.of("127.0.0.1:5000", 0, 14), Part.of("x", 15, 16), Part.NONE, Part.NONE,
            "127.0.0.1:5000", "x", "127.0.0.1:5000/x"),
        // Docker takes an uppercase first element for a registry, which allows uppercase there
        arguments("Foo/bar", Part.of("Foo", 0, 3), Part.of("bar", 4, 7), Part.NONE, Part.NONE,
            "Foo", "bar", "Foo/bar"),
        arguments("UPPER.io/app", Part.of("UPPER.io", 0, 8), Part.of("app", 9, 12), Part.NONE, Part.NONE,
            "UPPER.io", "app", "UPPER.io/app"),
        // without a slash "localhost:5000" is the image localhost with tag 5000
        arguments("localhost:5000", Part.NONE, Part.of("localhost", 0, 9), Part.of("5000", 10, 14), Part.NONE,
            "docker.io", "library/localhost", "localhost"),
        arguments("a__b/c--d/e.f_g:Tag_1.-x", Part.NONE, Part.of("a__b/c--d/e.f_g", 0, 15),
            Part.of("Tag_1.-x", 16, 24), Part.NONE, "docker.io", "a__b/c--d/e.f_g", "a__b/c--d/e.f_g"),
        arguments("nvcr.io/nvidia/cuda:12.4.1-cudnn-runtime-ubuntu22.04", Part.of("nvcr.io", 0, 7),
            Part.of("nvidia/cuda", 8, 19), Part.of("12.4.1-cudnn-runtime-ubuntu22.04", 20, 52), Part.NONE,
            "nvcr.io", "nvidia/cuda", "nvcr.io/nvidia/cuda"),
        arguments("busybox@sha512:" + HEX64 + HEX64, Part.NONE, Part.of("busybox", 0, 7), Part.NONE,
            Part.of("sha512:" + HEX64 + HEX64, 8, 143), "docker.io", "library/busybox", "busybox"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("validReferences")
  void parsesComponentsWithTheirPositions(
      String text, Part registry, Part repository, Part tag, Part digest, String domain, String path,
      String familiarName) {
    ImageReference reference = ImageReference.parse(text);

    assertThat(reference.valid()).as(reference.message()).isTrue();
    assertThat(reference.message()).isNull();
    assertThat(reference.text()).isEqualTo(text);
    assertThat(new Part(reference.registry(), reference.registrySpan())).isEqualTo(registry);
    assertThat(new Part(reference.repository(), reference.repositorySpan())).isEqualTo(repository);
    assertThat(new Part(reference.tag(), reference.tagSpan())).isEqualTo(tag);
    assertThat(new Part(reference.digest(), reference.digestSpan())).isEqualTo(digest);
    assertThat(reference.domain()).isEqualTo(domain);
    assertThat(reference.path()).isEqualTo(path);
    assertThat(reference.canonicalName()).isEqualTo(domain + "/" + path);
    assertThat(reference.familiarName()).isEqualTo(familiarName);
    assertThat(reference.hasVariable()).isFalse();
  }

  static Stream<Arguments> invalidReferences() {
    return Stream.of(
        arguments("", "image reference is empty"),
        arguments(null, "image reference is empty"),
        arguments("Ubuntu", "repository name must be lowercase: `Ubuntu`"),
        arguments("team/App:1", "repository name must be lowercase: `team/App`"),
        arguments("docker.io/Library/x", "repository name must be lowercase"),
        arguments("ubuntu:", "tag is empty after `:`"),
        arguments("ubuntu:-bad", "invalid tag `-bad`"),
        arguments("ubuntu:bad/tag", "invalid registry `ubuntu:bad`"),
        arguments("ubuntu:" + "t".repeat(129), "is longer than 128 characters"),
        arguments("ubuntu:1:2", "invalid repository name component `ubuntu:1`"),
        arguments("ubuntu@", "invalid digest ``"),
        arguments("ubuntu@sha256:abc", "invalid digest `sha256:abc`"),
        arguments("ubuntu@sha256" + HEX64, "invalid digest"),
        arguments("ubuntu@1sha:" + HEX64, "invalid digest"),
        arguments("ubuntu@md5:" + HEX64.substring(0, 32), "unsupported digest algorithm `md5`"),
        arguments("ubuntu@sha256:" + HEX64.substring(0, 63), "`sha256` digest must have 64 hex digits, not 63"),
        arguments("ubuntu@sha256:" + HEX64.toUpperCase(java.util.Locale.ROOT), "digest hex digits must be lowercase"),
        arguments("a..b/x", "invalid registry `a..b`"),
        arguments("-a.com/x", "invalid registry `-a.com`"),
        arguments("reg.io:port/x", "invalid registry `reg.io:port`"),
        arguments("reg.io:/x", "invalid registry `reg.io:`"),
        arguments("[zz]:5000/x", "invalid registry `[zz]:5000`"),
        arguments("a//b", "empty component in repository name `a//b`"),
        arguments("a/-b", "invalid repository name component `-b`"),
        arguments("a___b", "invalid repository name component `a___b`"),
        arguments("a..b", "invalid repository name component `a..b`"),
        arguments("a.-b", "invalid repository name component `a.-b`"),
        arguments("localhost/", "repository name is empty"),
        arguments(":tag", "repository name is empty"),
        arguments("my image", "invalid repository name component `my image`"),
        arguments(HEX64, "is an image ID"),
        arguments("a".repeat(250), "must not be more than 255 characters"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidReferences")
  void reportsWhatIsWrongWithInvalidReferences(String text, String message) {
    ImageReference reference = ImageReference.parse(text);

    assertThat(reference.valid()).isFalse();
    assertThat(reference.message()).contains(message);
  }

  @Test
  void stillLocatesTheComponentsOfAnInvalidReference() {
    ImageReference reference = ImageReference.parse("Ubuntu:latest");

    assertThat(reference.valid()).isFalse();
    assertThat(reference.repositorySpan()).isEqualTo(new TextSpan(0, 6));
    assertThat(reference.tagSpan()).isEqualTo(new TextSpan(7, 13));
  }

  static Stream<Arguments> referencesWithVariables() {
    return Stream.of(
        arguments("$BASE", Part.NONE, Part.of("$BASE", 0, 5), Part.NONE, Part.NONE),
        arguments("${BASE}", Part.NONE, Part.of("${BASE}", 0, 7), Part.NONE, Part.NONE),
        arguments("${REG}/app:${TAG}", Part.of("${REG}", 0, 6), Part.of("app", 7, 10), Part.of("${TAG}", 11, 17),
            Part.NONE),
        arguments("${IMAGE:-ubuntu:22.04}", Part.NONE, Part.of("${IMAGE:-ubuntu:22.04}", 0, 22), Part.NONE,
            Part.NONE),
        arguments("ubuntu:${TAG:-latest}", Part.NONE, Part.of("ubuntu", 0, 6), Part.of("${TAG:-latest}", 7, 21),
            Part.NONE),
        arguments("${REGISTRY:-docker.io}/library/app@${DIGEST}", Part.of("${REGISTRY:-docker.io}", 0, 22),
            Part.of("library/app", 23, 34), Part.NONE, Part.of("${DIGEST}", 35, 44)),
        arguments("${A:-${B:-x/y}}/app", Part.of("${A:-${B:-x/y}}", 0, 15), Part.of("app", 16, 19), Part.NONE,
            Part.NONE),
        // a lowercase first element is a Docker Hub namespace, whatever the variable holds
        arguments("$org/app", Part.NONE, Part.of("$org/app", 0, 8), Part.NONE, Part.NONE),
        arguments("Ubuntu:$TAG", Part.NONE, Part.of("Ubuntu", 0, 6), Part.of("$TAG", 7, 11), Part.NONE),
        arguments("${UNCLOSED:-a/b", Part.NONE, Part.of("${UNCLOSED:-a/b", 0, 15), Part.NONE, Part.NONE));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("referencesWithVariables")
  void splitsReferencesWithVariablesWithoutValidating(
      String text, Part registry, Part repository, Part tag, Part digest) {
    ImageReference reference = ImageReference.parse(text);

    assertThat(reference.hasVariable()).isTrue();
    assertThat(reference.valid()).isTrue();
    assertThat(new Part(reference.registry(), reference.registrySpan())).isEqualTo(registry);
    assertThat(new Part(reference.repository(), reference.repositorySpan())).isEqualTo(repository);
    assertThat(new Part(reference.tag(), reference.tagSpan())).isEqualTo(tag);
    assertThat(new Part(reference.digest(), reference.digestSpan())).isEqualTo(digest);
  }

  @Test
  void recognisesScratchExactly() {
    assertThat(ImageReference.parse("scratch").isScratch()).isTrue();
    assertThat(ImageReference.parse("scratch:latest").isScratch()).isFalse();
    assertThat(ImageReference.parse("library/scratch").isScratch()).isFalse();
    assertThat(ImageReference.parse("Scratch").isScratch()).isFalse();
  }
}
