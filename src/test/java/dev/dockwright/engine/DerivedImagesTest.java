package dev.dockwright.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.parser.DockerfileReader;
import dev.dockwright.semantic.BaseResolver;
import dev.dockwright.semantic.DockerfileModel;
import dev.dockwright.semantic.Stage;
import dev.dockwright.semantic.VariableBinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locally built bases found through compose, bake and the config map, and what a derived file inherits. */
class DerivedImagesTest {
  private static void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private static Stage appStage(Path dir, DerivedImages images, Path app) throws IOException {
    BaseResolver resolver = images.resolverFor(app.getParent());
    DockerfileModel model = DockerfileModel.of(DockerfileReader.parse(Files.readAllBytes(app)).ast(), resolver);
    return model.finalStage().orElseThrow();
  }

  @Test
  void composeServiceWithBuildAndImage(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    write(dir.resolve("base/Dockerfile"), "FROM centos:7\nENV container docker\nUSER root\nWORKDIR /srv\n"
        + "CMD [\"/usr/sbin/init\"]\n");
    write(dir.resolve("compose.yaml"), "services:\n  base:\n    build: ./base\n    image: centos7-systemd\n"
        + "  app:\n    build:\n      context: app\n    image: my-httpd\n");
    write(dir.resolve("app/Dockerfile"), "FROM centos7-systemd\nRUN yum -y install httpd\n");
    Stage app = appStage(dir, new DerivedImages(Map.of()), dir.resolve("app/Dockerfile"));
    var external = app.base().external().orElseThrow();
    assertThat(Path.of(external.source())).isEqualTo(dir.resolve("base/Dockerfile").normalize());
    DockerfileModel model = DockerfileModel.of(DockerfileReader.parse(Files.readAllBytes(dir.resolve(
        "app/Dockerfile"))).ast(), new DerivedImages(Map.of()).resolverFor(dir.resolve("app")));
    var run = model.finalStage().orElseThrow().instructions().get(0);
    assertThat(model.context(run).scope().lookup("container")).isEqualTo(VariableBinding.defined("docker"));
    assertThat(model.context(run).workdir()).contains("/srv");
    assertThat(model.context(run).user()).contains("root");
  }

  @Test
  void bakeTargetsAndTheConfigMap(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    write(dir.resolve("images/base.Dockerfile"), "FROM rockylinux:9\nENV FROM_BAKE=1\n");
    write(dir.resolve("docker-bake.hcl"), "group \"default\" { targets = [\"base\"] }\n"
        + "target \"base\" {\n  context = \"images\"\n  dockerfile = \"base.Dockerfile\"\n"
        + "  tags = [\"registry.example.com/team/base:1.0\", \"team-base\"]\n}\n");
    write(dir.resolve("svc/Dockerfile"), "FROM team-base:latest\n");
    Stage svc = appStage(dir, new DerivedImages(Map.of()), dir.resolve("svc/Dockerfile"));
    assertThat(svc.base().external()).isPresent();

    write(dir.resolve("other/Dockerfile"), "FROM mapped-only\n");
    write(dir.resolve("elsewhere/Dockerfile"), "FROM alpine\nENV MAPPED=1\n");
    DerivedImages withConfig = new DerivedImages(Map.of("mapped-only", dir.resolve("elsewhere/Dockerfile")));
    assertThat(appStage(dir, withConfig, dir.resolve("other/Dockerfile")).base().external()).isPresent();
    assertThat(appStage(dir, new DerivedImages(Map.of()), dir.resolve("other/Dockerfile")).base().external())
        .isEmpty();
  }

  @Test
  void cyclesStop(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    write(dir.resolve("a/Dockerfile"), "FROM image-b\n");
    write(dir.resolve("b/Dockerfile"), "FROM image-a\n");
    write(dir.resolve("compose.yaml"), "services:\n  a: {build: a, image: image-a}\n  b: {build: b, image: image-b}\n");
    Stage a = appStage(dir, new DerivedImages(Map.of()), dir.resolve("a/Dockerfile"));
    var b = a.base().external().orElseThrow();
    var backToA = b.stage().base().external().orElseThrow();
    assertThat(backToA.stage().base().external()).isEmpty();
  }
}
