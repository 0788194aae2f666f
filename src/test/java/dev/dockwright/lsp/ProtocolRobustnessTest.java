package dev.dockwright.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Malformed frames, unknown methods, bad parameters and lifecycle mistakes: each gets the protocol's
 * error (or is dropped, for notifications), and the server goes on answering.
 */
class ProtocolRobustnessTest {
  static final String URI = "file:///work/project/Dockerfile";
  static final int SERVER_NOT_INITIALIZED = -32002;
  static final int METHOD_NOT_FOUND = -32601;
  static final int INVALID_PARAMS = -32602;
  static final int INVALID_REQUEST = -32600;
  static final int PARSE_ERROR = -32700;

  @Test
  void badInputGetsProtocolErrorsAndTheServerKeepsAnswering() throws Exception {
    try (LspHarness lsp = LspHarness.raw()) {
      RawJsonRpc rpc = new RawJsonRpc(lsp.fromServer, lsp.toServer);

      rpc.request(1, "textDocument/hover", hoverParams(0, 0));
      assertThat(errorCode(rpc.response(1))).isEqualTo(SERVER_NOT_INITIALIZED);

      rpc.request(2, "initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
      assertThat(rpc.response(2).getAsJsonObject("result").has("capabilities")).isTrue();
      rpc.notify("initialized", "{}");

      rpc.send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/hover\",\"params\":{");
      rpc.send("this is not JSON");
      rpc.sendBytes(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
      rpc.send("[1, 2, 3]");
      rpc.sendRaw("X-Nonsense: yes\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

      rpc.request(4, "dockwright/noSuchMethod", "{}");
      assertThat(errorCode(rpc.response(4))).isEqualTo(METHOD_NOT_FOUND);
      rpc.notify("dockwright/noSuchNotification", "{}");
      rpc.notify("$/setTrace", "{\"value\":\"off\"}");

      rpc.request(5, "textDocument/hover", "{\"textDocument\":5,\"position\":\"here\"}");
      assertThat(errorCode(rpc.response(5))).as("LSP4J reports mistyped params as a parse error").isEqualTo(PARSE_ERROR);
      rpc.request(6, "textDocument/hover", "{}");
      assertThat(errorCode(rpc.response(6))).as("two missing fields: LSP4J says InvalidRequest").isEqualTo(INVALID_REQUEST);
      rpc.request(7, "textDocument/codeAction", "{\"textDocument\":{\"uri\":\"" + URI + "\"},"
          + "\"context\":{\"diagnostics\":[]}}");
      assertThat(errorCode(rpc.response(7))).as("one missing field").isEqualTo(INVALID_PARAMS);
      rpc.request(8, "textDocument/hover", null);
      assertThat(errorCode(rpc.response(8))).isEqualTo(INVALID_PARAMS);

      rpc.notify("textDocument/didChange", "{\"textDocument\":{\"uri\":\"file:///not/open\",\"version\":2},"
          + "\"contentChanges\":[{\"text\":\"FROM x\"}]}");
      rpc.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + URI + "\"}}");
      rpc.notify("textDocument/didOpen", "{\"textDocument\":7}");
      rpc.notify("workspace/didChangeWatchedFiles", "{\"changes\":[null,{\"uri\":\"::not a uri\",\"type\":1}]}");
      rpc.request(9, "textDocument/hover", "{\"textDocument\":{\"uri\":\"::not a uri\"},"
          + "\"position\":{\"line\":-4,\"character\":-1}}");
      assertThat(rpc.response(9).get("result").isJsonNull()).isTrue();

      rpc.notify("textDocument/didOpen", "{\"textDocument\":{\"uri\":\"" + URI + "\",\"languageId\":\"dockerfile\","
          + "\"version\":1,\"text\":\"FROM alpine\\nENV A b\\n\"}}");
      rpc.request(10, "textDocument/hover", hoverParams(1, 4));
      JsonObject hover = rpc.response(10).getAsJsonObject("result");
      assertThat(hover.getAsJsonObject("contents").get("value").getAsString()).startsWith("# legacy-key-value-format");
      rpc.request(11, "textDocument/hover", hoverParams(4000, 4000));
      assertThat(rpc.response(11).get("result").isJsonNull()).isTrue();

      rpc.request(12, "shutdown", null);
      assertThat(rpc.response(12).get("result").isJsonNull()).isTrue();
      rpc.request(13, "textDocument/hover", hoverParams(1, 4));
      assertThat(errorCode(rpc.response(13))).isEqualTo(INVALID_REQUEST);
      rpc.notify("exit", "{}");
      assertThat(lsp.session.awaitExit()).isZero();
    }
  }

  @Test
  void unreadableMessagesAreOneLineOnStandardErrorWithoutStackTraces() throws Exception {
    try (LspHarness lsp = LspHarness.raw()) {
      RawJsonRpc rpc = new RawJsonRpc(lsp.fromServer, lsp.toServer);
      rpc.request(1, "initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
      rpc.response(1);

      rpc.notify("textDocument/didOpen", "{\"textDocument\":7}");
      rpc.request(2, "textDocument/hover", "{\"textDocument\":5,\"position\":\"here\"}");
      rpc.response(2);

      String stderr = lsp.stderr.toString(StandardCharsets.UTF_8);
      assertThat(stderr).contains("dockwright lsp: lsp4j: ");
      assertThat(stderr.lines().filter(l -> l.contains("lsp4j"))).allMatch(l -> l.startsWith("dockwright lsp: lsp4j: "));
      assertThat(stderr).doesNotContain("\tat ").doesNotContain("Caused by");
    }
  }

  @Test
  void exitWithoutShutdownExitsWithOne() throws Exception {
    try (LspHarness lsp = LspHarness.raw()) {
      RawJsonRpc rpc = new RawJsonRpc(lsp.fromServer, lsp.toServer);
      rpc.request(1, "initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
      rpc.response(1);

      rpc.send("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");

      assertThat(lsp.session.awaitExit()).isEqualTo(1);
    }
  }

  @Test
  void aClientThatHangsUpEndsTheSession() throws Exception {
    try (LspHarness lsp = LspHarness.raw()) {
      RawJsonRpc rpc = new RawJsonRpc(lsp.fromServer, lsp.toServer);
      rpc.request(1, "initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
      rpc.response(1);

      lsp.toServer.close();

      assertThat(lsp.session.awaitExit()).isEqualTo(1);
    }
  }

  static String hoverParams(int line, int character) {
    return "{\"textDocument\":{\"uri\":\"" + URI + "\"},\"position\":{\"line\":" + line + ",\"character\":"
        + character + "}}";
  }

  static int errorCode(JsonObject response) {
    assertThat(response.has("error")).as("an error response: %s", response).isTrue();
    return response.getAsJsonObject("error").get("code").getAsInt();
  }
}
