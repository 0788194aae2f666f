package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PackageCleanupTest {

  static Stream<Arguments> cleanups() {
    return Stream.of(
        arguments("apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/*", PackageManager.APT_GET, true),
        arguments("apt-get install -y x && apt-get clean", PackageManager.APT_GET, false),
        arguments("apt-get install -y x && rm -rf \"/var/lib/apt/lists/*\"", PackageManager.APT_GET, false),
        arguments("apt-get install -y x; rm -r /var/lib/apt/lists", PackageManager.APT_GET, true),
        arguments("apt-get install -y x; rm -f /var/lib/apt/lists/*", PackageManager.APT_GET, false),
        arguments("apt-get install -y x # rm -rf /var/lib/apt/lists/*", PackageManager.APT_GET, false),
        arguments("apt install -y x && rm -rf /var/lib/apt/lists/", PackageManager.APT, true),
        arguments("sh -c 'apt-get install -y x && rm -rf /var/lib/apt/lists/*'", PackageManager.APT_GET, true),
        arguments("yum install -y x && yum clean all", PackageManager.YUM, true),
        arguments("yum install -y x && yum clean packages", PackageManager.YUM, false),
        arguments("dnf install -y x && rm -rf /var/cache/dnf", PackageManager.DNF, true),
        arguments("dnf install -y x && rm -rf /var/cache/yum/*", PackageManager.DNF, true),
        arguments("microdnf install x && microdnf clean all", PackageManager.MICRODNF, true),
        // each manager cleans its own cache; yum is dnf since RHEL 8
        arguments("dnf install -y x && microdnf clean all", PackageManager.DNF, false),
        arguments("microdnf install -y x && dnf clean all", PackageManager.MICRODNF, false),
        arguments("dnf install -y x && yum clean all", PackageManager.DNF, true),
        arguments("dnf install -y x && rm -rf /var/cache/libdnf5", PackageManager.DNF, true),
        arguments("microdnf install -y x && rm -rf /var/cache/yum", PackageManager.MICRODNF, true),
        arguments("apk add --no-cache curl", PackageManager.APK, true),
        arguments("apk add --no-cache curl && apk add git", PackageManager.APK, false),
        arguments("apk add curl", PackageManager.APK, false),
        arguments("apk add curl && rm -rf /var/cache/apk/*", PackageManager.APK, true),
        arguments("zypper in -y x && zypper clean -a", PackageManager.ZYPPER, true),
        arguments("zypper in -y x", PackageManager.ZYPPER, false),
        arguments("pip install --no-cache-dir flask", PackageManager.PIP, true),
        arguments("pip install flask", PackageManager.PIP, false),
        arguments("PIP_NO_CACHE_DIR=1 pip install flask", PackageManager.PIP, true),
        arguments("pip install flask && rm -rf ~/.cache/pip", PackageManager.PIP, true),
        arguments("yarn install && yarn cache clean", PackageManager.YARN, true),
        arguments("yarn install", PackageManager.YARN, false),
        arguments("npm ci && npm cache clean --force", PackageManager.NPM, true),
        arguments("go install x@v1.0.0 && go clean -modcache", PackageManager.GO, true),
        arguments("go install x@v1.0.0 && go clean", PackageManager.GO, false),
        arguments("gem install x && rm -rf /root/.gem", PackageManager.GEM, true));
  }

  @Test
  void listsTheCleanupCommandsInSourceOrder() {
    ShellScript script = Scripts.run("rm -rf /var/cache/dnf && dnf install -y x && dnf clean all && yum clean all");
    assertThat(script.cleanupCommands(PackageManager.DNF)).extracting(i -> i.range().startColumn())
        .containsExactly(5, 50, 67);
    assertThat(script.cleanupCommands(PackageManager.MICRODNF)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] {1}: {0}")
  @MethodSource("cleanups")
  void detectsCleanupInTheSameScript(String run, PackageManager manager, boolean expected) {
    assertThat(Scripts.run(run).hasCleanup(manager)).isEqualTo(expected);
  }
}
