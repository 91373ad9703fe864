package com.parceliq.temporal.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtlpSpanExportTest {

  @Test
  void spansGoToTheTracesPathOfTheCollectorsBaseUrlHoweverItIsWritten() {
    assertThat(OtlpSpanExport.tracesUrl("http://collector:4318"))
        .isEqualTo("http://collector:4318/v1/traces");
    assertThat(OtlpSpanExport.tracesUrl("http://collector:4318/"))
        .isEqualTo("http://collector:4318/v1/traces");
    assertThat(OtlpSpanExport.tracesUrl("http://collector:4318/v1/traces"))
        .isEqualTo("http://collector:4318/v1/traces");
  }
}
