package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PackageOperationTest {

  /** {@code MANAGER VERB 'raw' y|n [name<op>version:KIND, ...]} plus {@code -[removed]} and {@code -r files}. */
  private static String render(PackageOperation op) {
    String s = op.manager() + " " + op.verb() + " '" + op.rawVerb() + "' " + (op.nonInteractive() ? "y" : "n")
        + " " + refs(op.packages());
    if (!op.removedPackages().isEmpty()) {
      s += " -" + refs(op.removedPackages());
    }
    if (!op.requirementFiles().isEmpty()) {
      s += " -r " + Scripts.raws(op.requirementFiles());
    }
    return s;
  }

  private static String refs(List<PackageRef> refs) {
    return refs.stream()
        .map(r -> r.name() + (r.version() == null ? "" : r.operator() + r.version()) + ":" + r.pinKind())
        .collect(Collectors.joining(", ", "[", "]"));
  }

  static Stream<Arguments> operations() {
    return Stream.of(
        arguments("apt-get update && apt-get install -y --no-install-recommends curl=7.81.0-1 wget "
                + "ca-certificates/bookworm-backports ./local.deb 'libc6=2.*'",
            List.of("APT_GET UPDATE 'update' y []",
                "APT_GET INSTALL 'install' y [curl=7.81.0-1:EXACT, wget:NONE, ca-certificates/bookworm-backports:RELEASE, "
                    + "./local.deb:FILE, libc6=2.*:RANGE]")),
        arguments("apt install vim", List.of("APT INSTALL 'install' n [vim:NONE]")),
        arguments("apt-get -qq install git", List.of("APT_GET INSTALL 'install' y [git:NONE]")),
        arguments("apt-get -q install git", List.of("APT_GET INSTALL 'install' n [git:NONE]")),
        arguments("aptitude install -y x", List.of("APTITUDE INSTALL 'install' y [x:NONE]")),
        arguments("DEBIAN_FRONTEND=noninteractive apt-get install -o Dpkg::Options::=--force-confnew --assume-yes pkg",
            List.of("APT_GET INSTALL 'install' y [pkg:NONE]")),
        arguments("apt-get purge -y --auto-remove x", List.of("APT_GET REMOVE 'purge' y [x:NONE]")),
        arguments("apt-get dist-upgrade -y", List.of("APT_GET UPGRADE 'dist-upgrade' y []")),
        arguments("apt-get clean", List.of("APT_GET CLEAN 'clean' y []")),
        arguments("apt-get install -y $PKGS", List.of("APT_GET INSTALL 'install' y [$PKGS:DYNAMIC]")),
        arguments("yum install -y httpd-2.4.6-97.el7 java-1.8.0-openjdk nginx-1.20.1 python3-pip",
            List.of("YUM INSTALL 'install' y [httpd-2.4.6-97.el7:EXACT, java-1.8.0-openjdk:NONE, nginx-1.20.1:EXACT, "
                + "python3-pip:NONE]")),
        arguments("yum -y swap -- remove fakesystemd -- install systemd systemd-libs",
            List.of("YUM SWAP 'swap' y [systemd:NONE, systemd-libs:NONE] -[fakesystemd:NONE]")),
        arguments("dnf swap -y ffmpeg-free ffmpeg", List.of("DNF SWAP 'swap' y [ffmpeg:NONE] -[ffmpeg-free:NONE]")),
        arguments("yum update -y", List.of("YUM UPGRADE 'update' y []")),
        arguments("yum install --enablerepo epel nginx", List.of("YUM INSTALL 'install' n [nginx:NONE]")),
        arguments("dnf clean all", List.of("DNF CLEAN 'clean' y []")),
        // the dnf 5 that provides microdnf since Fedora 38 asks for confirmation
        arguments("microdnf install shadow-utils", List.of("MICRODNF INSTALL 'install' n [shadow-utils:NONE]")),
        arguments("microdnf install -y shadow-utils", List.of("MICRODNF INSTALL 'install' y [shadow-utils:NONE]")),
        // groups and module streams are not package names
        arguments("yum groupinstall -y \"Development Tools\"", List.of("YUM INSTALL 'groupinstall' y []")),
        arguments("dnf group install -y 'Development Tools'", List.of("DNF INSTALL 'group install' y []")),
        arguments("dnf grp upgrade core", List.of("DNF UPGRADE 'grp upgrade' n []")),
        arguments("dnf module install -y nodejs:18/common", List.of("DNF INSTALL 'module install' y []")),
        arguments("dnf module enable nodejs:18 && dnf module list",
            List.of("DNF OTHER 'module enable' n []", "DNF OTHER 'module list' y []")),
        // dnf's aliases
        arguments("dnf in vim && dnf rei bash && dnf install-n curl",
            List.of("DNF INSTALL 'in' n [vim:NONE]", "DNF INSTALL 'rei' n [bash:NONE]",
                "DNF INSTALL 'install-n' n [curl:NONE]")),
        arguments("dnf up && dnf up-min && dnf dsync && dnf dg rpm",
            List.of("DNF UPGRADE 'up' n []", "DNF UPGRADE 'up-min' n []", "DNF UPGRADE 'dsync' n []",
                "DNF UPGRADE 'dg' n [rpm:NONE]")),
        arguments("dnf rm vim && dnf erase-nevra x && dnf mc && dnf repolist",
            List.of("DNF REMOVE 'rm' n [vim:NONE]", "DNF REMOVE 'erase-nevra' n [x:NONE]", "DNF UPDATE 'mc' y []",
                "DNF OTHER 'repolist' y []")),
        arguments("yum localinstall -y ./x.rpm", List.of("YUM INSTALL 'localinstall' y [./x.rpm:FILE]")),
        arguments("zypper si -y vim && zypper inr",
            List.of("ZYPPER INSTALL 'si' y []", "ZYPPER INSTALL 'inr' n []")),
        arguments("apk add --no-cache curl=8.5.0-r0 bash~5.2 'python3>3.11' tini@community",
            List.of("APK INSTALL 'add' y [curl=8.5.0-r0:EXACT, bash~5.2:RANGE, python3>3.11:RANGE, "
                + "tini@community:RELEASE]")),
        arguments("apk --update add --virtual .build-deps gcc && apk del .build-deps",
            List.of("APK INSTALL 'add' y [gcc:NONE]", "APK REMOVE 'del' y [.build-deps:NONE]")),
        arguments("zypper --non-interactive install curl=8.0 'vim>=9'",
            List.of("ZYPPER INSTALL 'install' y [curl=8.0:EXACT, vim>=9:RANGE]")),
        arguments("zypper in vim && zypper refresh",
            List.of("ZYPPER INSTALL 'in' n [vim:NONE]", "ZYPPER UPDATE 'refresh' n []")),
        arguments("pip install --no-cache-dir flask==2.3.2 'requests>=2.0' numpy \"django[argon2]~=4.2\" "
                + "-r requirements.txt ./wheel.whl git+https://github.com/x/y.git",
            List.of("PIP INSTALL 'install' y [flask==2.3.2:EXACT, requests>=2.0:RANGE, numpy:NONE, "
                + "django[argon2]~=4.2:RANGE, ./wheel.whl:FILE, git+https://github.com/x/y.git:URL] "
                + "-r [requirements.txt]")),
        arguments("python3 -m pip install --upgrade pip", List.of("PIP INSTALL 'install' y [pip:NONE]")),
        arguments("python -m pip install -e .", List.of("PIP INSTALL 'install' y [.:FILE]")),
        arguments("python3 setup.py install", List.of()),
        arguments("pip uninstall -y x && pip uninstall z",
            List.of("PIP REMOVE 'uninstall' y [x:NONE]", "PIP REMOVE 'uninstall' n [z:NONE]")),
        arguments("pip3 install 'pkg==1.*' 'b===2'", List.of("PIP INSTALL 'install' y [pkg==1.*:RANGE, b===2:EXACT]")),
        arguments("npm install -g typescript@5.3.3 @angular/cli@^17.0.0 lodash @scope/pkg@latest left-pad@1.2 "
                + "@types/node",
            List.of("NPM INSTALL 'install' y [typescript@5.3.3:EXACT, @angular/cli@^17.0.0:RANGE, lodash:NONE, "
                + "@scope/pkg@latest:TAG, left-pad@1.2:RANGE, @types/node:NONE]")),
        arguments("npm ci && npm cache clean --force",
            List.of("NPM INSTALL 'ci' y []", "NPM CLEAN 'cache clean' y []")),
        arguments("yarn", List.of("YARN INSTALL '' y []")),
        arguments("yarn global add serve@14.2.1", List.of("YARN INSTALL 'global add' y [serve@14.2.1:EXACT]")),
        arguments("gem install bundler -v 2.4.22 --no-document",
            List.of("GEM INSTALL 'install' y [bundler-v2.4.22:EXACT]")),
        arguments("gem install rails:7.1.0 'nokogiri:~> 1.15'",
            List.of("GEM INSTALL 'install' y [rails:7.1.0:EXACT, nokogiri:~> 1.15:RANGE]")),
        arguments("gem install rake --version '~> 13.0'",
            List.of("GEM INSTALL 'install' y [rake--version~> 13.0:RANGE]")),
        arguments("go install golang.org/x/tools/gopls@v0.14.2 github.com/x/y@latest ./cmd/...",
            List.of("GO INSTALL 'install' y [golang.org/x/tools/gopls@v0.14.2:EXACT, github.com/x/y@latest:TAG, "
                + "./cmd/...:FILE]")),
        arguments("go build ./...", List.of()),
        arguments("pipx install --python /usr/bin/python3.12 --suffix @next black==24.4.2 'ruff>=0.4' && "
                + "pipx inject black click",
            List.of("PIPX INSTALL 'install' y [black==24.4.2:EXACT, ruff>=0.4:RANGE]", "PIPX OTHER 'inject' y []")),
        arguments("pipenv install black", List.of()),
        arguments("go get -tool golang.org/x/tools/cmd/stringer@v0.21.0 example.com/pkg",
            List.of("GO INSTALL 'get' y [golang.org/x/tools/cmd/stringer@v0.21.0:EXACT, example.com/pkg:NONE]")),
        // an option's value is not a package
        arguments("pip install --root-user-action ignore -t /opt/lib -i https://pypi.example/simple "
                + "--index-url https://mirror.example/simple -b /tmp/build poetry==1.8.5",
            List.of("PIP INSTALL 'install' y [poetry==1.8.5:EXACT]")),
        arguments("npm install --prefix /opt/app --registry https://npm.example left-pad@1.3.0",
            List.of("NPM INSTALL 'install' y [left-pad@1.3.0:EXACT]")),
        arguments("apk add -X https://dl-cdn.alpinelinux.org/alpine/edge/testing --repository "
                + "https://dl-cdn.alpinelinux.org/alpine/edge/community git=~2.45 curl~=8.9",
            List.of("APK INSTALL 'add' y [git=~2.45:RANGE, curl~=8.9:RANGE]")),
        arguments("gem install rake -v 13.2.1 --install-dir /opt/gems",
            List.of("GEM INSTALL 'install' y [rake-v13.2.1:EXACT]")),
        // local paths and archives
        arguments("pip install src/app . '.[test]' ./dist/app-1.0-py3-none-any.whl app-1.0.tar.xz app.zip",
            List.of("PIP INSTALL 'install' y [src/app:FILE, .:FILE, .[test]:FILE, "
                + "./dist/app-1.0-py3-none-any.whl:FILE, app-1.0.tar.xz:FILE, app.zip:FILE]")),
        arguments("npm install pkg-1.2.3.tar pkg.tgz ../lib",
            List.of("NPM INSTALL 'install' y [pkg-1.2.3.tar:FILE, pkg.tgz:FILE, ../lib:FILE]")),
        arguments("gem install ./vendor/x-1.0.gem y.gem",
            List.of("GEM INSTALL 'install' y [./vendor/x-1.0.gem:FILE, y.gem:FILE]")),
        // what follows gem's -- goes to the gem's build
        arguments("gem install nokogiri:1.16.5 -- --use-system-libraries true",
            List.of("GEM INSTALL 'install' y [nokogiri:1.16.5:EXACT]")),
        arguments("sudo -E apt-get install -y x", List.of("APT_GET INSTALL 'install' y [x:NONE]")),
        arguments("bash -c 'apk add --no-cache git'", List.of("APK INSTALL 'add' y [git:NONE]")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("operations")
  void normalisesPackageOperations(String run, List<String> expected) {
    assertThat(Scripts.run(run).packageOperations()).extracting(PackageOperationTest::render).isEqualTo(expected);
  }

  @Test
  void packageRangesPointAtTheArgumentThroughContinuations() {
    ShellScript script = Scripts.run("apt-get install -y \\\n    curl=7.1 \\\n    wget");

    PackageOperation op = script.packageOperations().get(0);
    assertThat(op.packages()).extracting(r -> r.name() + "@" + Scripts.at(r.range()))
        .containsExactly("curl@2:5-2:13", "wget@3:5-3:9");
    assertThat(op.verbWord().map(w -> Scripts.at(w.range()))).contains("1:13-1:20");
    assertThat(op.hasOption("-y")).isTrue();
    assertThat(op.hasOption("--no-install-recommends")).isFalse();
  }

  @Test
  void requirementFileWordHasItsRange() {
    PackageOperation op = Scripts.run("pip install -r /tmp/req.txt").packageOperations().get(0);

    assertThat(op.requirementFiles()).extracting(w -> Scripts.at(w.range())).containsExactly("1:20-1:32");
    assertThat(op.packages()).isEmpty();
  }
}
