package dev.dockwright.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Hand-written JSON-RPC frames, for what a well-behaved client library would never send. */
final class RawJsonRpc {
  private final OutputStream out;
  private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
  final List<JsonObject> notifications = new java.util.concurrent.CopyOnWriteArrayList<>();

  RawJsonRpc(InputStream in, OutputStream out) {
    this.out = out;
    Thread reader = new Thread(() -> readLoop(in), "raw-jsonrpc-reader");
    reader.setDaemon(true);
    reader.start();
  }

  void send(String json) throws IOException {
    sendBytes(json.getBytes(StandardCharsets.UTF_8));
  }

  void sendBytes(byte[] body) throws IOException {
    sendRaw(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    sendRaw(body);
  }

  synchronized void sendRaw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  void request(int id, String method, String params) throws IOException {
    send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\"" + (params == null ? ""
        : ",\"params\":" + params) + "}");
  }

  void notify(String method, String params) throws IOException {
    send("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":" + params + "}");
  }

  /** The response to request {@code id}; notifications on the way are kept in {@link #notifications}. */
  JsonObject response(int id) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    List<JsonObject> others = new ArrayList<>();
    try {
      while (System.nanoTime() < deadline) {
        JsonObject m = received.poll(100, TimeUnit.MILLISECONDS);
        if (m == null) {
          continue;
        }
        JsonElement mid = m.get("id");
        if (!m.has("method") && mid != null && !mid.isJsonNull() && mid.getAsInt() == id) {
          return m;
        }
        others.add(m);
      }
    } finally {
      received.addAll(others);
    }
    throw new AssertionError("no response to request " + id);
  }

  /** Every response without an id (errors about messages the server could not read at all). */
  List<JsonObject> responsesWithoutId() {
    List<JsonObject> out = new ArrayList<>();
    for (JsonObject m : received) {
      if (!m.has("method") && (m.get("id") == null || m.get("id").isJsonNull())) {
        out.add(m);
      }
    }
    return out;
  }

  private void readLoop(InputStream in) {
    try {
      while (true) {
        int length = -1;
        String line;
        while (!(line = readLine(in)).isEmpty()) {
          if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
            length = Integer.parseInt(line.substring("content-length:".length()).trim());
          }
        }
        byte[] body = in.readNBytes(length);
        JsonObject m = JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
        if (m.has("method")) {
          notifications.add(m);
        } else {
          received.add(m);
        }
      }
    } catch (IOException | RuntimeException e) {
      // the pipe closed
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != -1) {
      if (c == '\n') {
        break;
      }
      if (c != '\r') {
        line.write(c);
      }
    }
    if (c == -1) {
      throw new IOException("closed");
    }
    return line.toString(StandardCharsets.US_ASCII);
  }
}
