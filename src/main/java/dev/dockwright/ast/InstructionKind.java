package dev.dockwright.ast;

import java.util.Locale;

/** The Dockerfile instructions. {@link #UNKNOWN} holds anything else, kept so it can be reported. */
public enum InstructionKind {
  FROM, RUN, CMD, LABEL, MAINTAINER, EXPOSE, ENV, ADD, COPY, ENTRYPOINT, VOLUME, USER, WORKDIR, ARG, ONBUILD,
  STOPSIGNAL, HEALTHCHECK, SHELL, UNKNOWN;

  /** The kind for a keyword in any case; {@link #UNKNOWN} when it is not an instruction. */
  public static InstructionKind ofKeyword(String keyword) {
    String upper = keyword.toUpperCase(Locale.ROOT);
    for (InstructionKind k : values()) {
      if (k != UNKNOWN && k.name().equals(upper)) {
        return k;
      }
    }
    return UNKNOWN;
  }

  public String keyword() {
    return name();
  }
}
