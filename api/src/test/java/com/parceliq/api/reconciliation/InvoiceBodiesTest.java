package com.parceliq.api.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.api.error.ApiException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InvoiceBodiesTest {

  private static final String CSV =
      "invoice_number,invoice_date,tracking_code,service,billed_weight_oz,charge_type,amount,"
          + "currency\r\nINV,2026-11-20,T1,ground,16,base,1.00,USD\n";

  @Test
  void peekingTheHeaderLeavesEveryByteForTheUpload() throws Exception {
    InputStream body = stream(CSV);

    String header = InvoiceBodies.peekFirstLine(body);

    assertThat(header).startsWith("invoice_number,").endsWith(",currency");
    assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(CSV);
  }

  @Test
  void theDigestOfABodyIsItsSha256WhateverIsPeekedFirst() {
    InputStream body = stream(CSV);
    InvoiceBodies.peekFirstLine(body);

    assertThat(InvoiceBodies.digestOnly(body))
        .isEqualTo(InvoiceBodies.digestOnly(stream(CSV)))
        .hasSize(64);
  }

  @Test
  void anEmptyBodyIsAnInvalidFile() {
    assertThatThrownBy(() -> InvoiceBodies.peekFirstLine(stream("")))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e.code().code()).isEqualTo("RECONCILIATION.INVALID_FILE"));
  }

  @Test
  void onlyAKnownHeaderRowNamesAFormat() {
    assertThat(InvoiceHeaders.require(CSV.lines().findFirst().orElseThrow()).name())
        .isEqualTo("sandbox");
    assertThatThrownBy(() -> InvoiceHeaders.require("tracking,amount"))
        .isInstanceOf(ApiException.class);
  }

  private static InputStream stream(String text) {
    return new BufferedInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
