package dev.dockwright.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Package arguments whose version (or name) comes from a variable. */
class VariablePinTest {

  static Stream<Arguments> refs() {
    return Stream.of(
        arguments("apt-get install curl=${CURL_VERSION}", "curl", "${CURL_VERSION}", PinKind.EXACT),
        arguments("apt-get install \"git=$GIT_VERSION\"", "git", "$GIT_VERSION", PinKind.EXACT),
        arguments("apt-get install 'curl=${V}'", "curl", "${V}", PinKind.EXACT), // single quotes: literal text
        arguments("apt-get install $PKG", "$PKG", null, PinKind.DYNAMIC),
        arguments("apt-get install ${PKG}=1.0", "${PKG}=1.0", null, PinKind.DYNAMIC),
        arguments("apk add nginx=${NGINX_VERSION}-r0", "nginx", "${NGINX_VERSION}-r0", PinKind.EXACT),
        arguments("pip install flask==$FLASK", "flask", "$FLASK", PinKind.EXACT),
        arguments("pip install \"flask>=$FLASK\"", "flask", "$FLASK", PinKind.RANGE),
        arguments("npm install -g npm@${NPM_VERSION}", "npm", "${NPM_VERSION}", PinKind.EXACT),
        arguments("npm install \"left-pad@^$V\"", "left-pad", "^$V", PinKind.RANGE),
        arguments("go install golang.org/x/tools/gopls@${GOPLS}", "golang.org/x/tools/gopls", "${GOPLS}",
            PinKind.EXACT),
        arguments("gem install rails:${RAILS}", "rails", "${RAILS}", PinKind.EXACT),
        arguments("yum install -y nginx-${NGINX_VERSION}", "nginx", "${NGINX_VERSION}", PinKind.EXACT),
        arguments("yum install -y php${PHP}-fpm", "php${PHP}-fpm", null, PinKind.DYNAMIC),
        arguments("zypper install -y curl=$(cat /v)", "curl", "$(...)", PinKind.EXACT),
        arguments("apt-get install ./pkg_${V}_amd64.deb", "./pkg_${V}_amd64.deb", null, PinKind.FILE));
  }

  @ParameterizedTest
  @MethodSource("refs")
  void readsTheVersionFromTheVariable(String script, String name, String version, PinKind kind) {
    PackageRef ref = Scripts.run(script).packageOperations().get(0).packages().get(0);
    assertThat(ref.pinKind()).isEqualTo(kind);
    assertThat(ref.name()).isEqualTo(name);
    assertThat(ref.version()).isEqualTo(version);
  }
}
