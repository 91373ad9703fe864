package com.parceliq.api.authz.cedar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The platform's base policies, shipped in the API jar as {@code authz/base-policies.cedar}. */
public final class BasePolicies {

  static final String RESOURCE = "authz/base-policies.cedar";
  public static final String ID_PREFIX = "base.";

  private BasePolicies() {}

  public static CedarPolicies load() {
    try {
      return CedarPolicyText.parse(text(), ID_PREFIX);
    } catch (InvalidPolicyTextException e) {
      throw new IllegalStateException("the shipped base policies do not parse: " + e.getMessage());
    }
  }

  static String text() {
    try (InputStream in = BasePolicies.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the API");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
