package dev.dockwright.semantic;

import java.util.Locale;

/** Which cgroup hierarchy the image is meant to run under; the systemd advice differs between the two. */
public enum CgroupEra {
  V1, V2;

  /** The configuration setting: a fixed era, or {@code AUTO} to choose from the base image. */
  public enum Setting {
    V1, V2, AUTO;

    public static Setting parse(String s) {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
  }

  public String label() {
    return this == V1 ? "cgroup v1" : "cgroup v2";
  }
}
