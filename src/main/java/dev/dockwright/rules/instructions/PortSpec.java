package dev.dockwright.rules.instructions;

import dev.dockwright.semantic.TextSpan;

/**
 * One EXPOSE word split the way BuildKit's {@code parsePortSpec} splits it: {@code [ip:][hostPort:]port[/proto]}.
 * Spans index into the word.
 */
record PortSpec(String word, String ip, String hostPort, String containerPort, TextSpan containerSpan,
    String proto, TextSpan protoSpan) {

  static PortSpec parse(String word) {
    int slash = word.indexOf('/');
    String address = slash < 0 ? word : word.substring(0, slash);
    String proto = slash < 0 ? "" : word.substring(slash + 1);
    TextSpan protoSpan = slash < 0 ? new TextSpan(word.length(), word.length()) : new TextSpan(slash + 1, word.length());
    String[] parts = address.split(":", -1);
    int n = parts.length;
    String container = parts[n - 1];
    String host = n >= 2 ? parts[n - 2] : "";
    String ip = n >= 3 ? String.join(":", java.util.Arrays.copyOf(parts, n - 2)) : "";
    int containerStart = address.length() - container.length();
    return new PortSpec(word, ip, host, container, new TextSpan(containerStart, address.length()), proto, protoSpan);
  }

  boolean hasMapping() {
    return !ip.isEmpty() || !hostPort.isEmpty();
  }

  /** The word without IP and host port: what BuildKit exposes. */
  String exposed() {
    return containerPort + (word.indexOf('/') >= 0 ? "/" + proto : "");
  }
}
