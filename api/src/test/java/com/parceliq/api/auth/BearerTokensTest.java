package com.parceliq.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BearerTokensTest {

  @Test
  void tokenIsReadFromABearerHeaderWhateverTheSchemeCase() {
    assertThat(BearerTokens.fromHeader("Bearer piq_abc")).contains("piq_abc");
    assertThat(BearerTokens.fromHeader("bearer  piq_abc ")).contains("piq_abc");
  }

  @Test
  void anythingElseIsNoToken() {
    assertThat(BearerTokens.fromHeader(null)).isEmpty();
    assertThat(BearerTokens.fromHeader("")).isEmpty();
    assertThat(BearerTokens.fromHeader("Bearer ")).isEmpty();
    assertThat(BearerTokens.fromHeader("Basic dXNlcjpwYXNz")).isEmpty();
    assertThat(BearerTokens.fromHeader("piq_abc")).isEmpty();
    assertThat(BearerTokens.fromHeader("Bearer " + "x".repeat(5000))).isEmpty();
  }
}
