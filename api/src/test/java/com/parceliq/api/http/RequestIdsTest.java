package com.parceliq.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void plainClientIdIsKept() {
    assertThat(RequestIds.acceptOrGenerate("order-42.retry:1")).isEqualTo("order-42.retry:1");
  }

  @Test
  void missingIdIsGeneratedWithTheReqPrefix() {
    String id = RequestIds.acceptOrGenerate(null);

    assertThat(id).matches("req_[0-9a-z]{26}");
    assertThat(RequestIds.acceptOrGenerate(null)).isNotEqualTo(id);
  }

  @Test
  void idThatCouldForgeLogLinesOrHeadersIsReplaced() {
    assertThat(RequestIds.acceptOrGenerate("abc\nINFO fake line")).startsWith("req_");
    assertThat(RequestIds.acceptOrGenerate("a b")).startsWith("req_");
    assertThat(RequestIds.acceptOrGenerate("x".repeat(129))).startsWith("req_");
    assertThat(RequestIds.acceptOrGenerate("")).startsWith("req_");
  }
}
