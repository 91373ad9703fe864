package com.parceliq.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.common.v1.Payload;
import io.temporal.common.converter.DataConverter;
import io.temporal.failure.ApplicationFailure;
import io.temporal.internal.worker.WorkflowExecutionException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ParcelIqDataConverterTest {

  /** Shaped like the domain's records: a behaviour method named like a boolean getter. */
  record Amount(BigDecimal value, String currency) {
    public boolean isNegative() {
      return value.signum() < 0;
    }
  }

  record Snapshot(String status, boolean needsAttention, Amount amount, Instant at, byte[] file) {}

  record SnapshotV1(String status) {}

  private final DataConverter converter = ParcelIqDataConverter.instance();

  @Test
  void payloadsHoldRecordComponentsOnly() {
    Payload payload = converter.toPayload(new Amount(new BigDecimal("12.30"), "USD")).orElseThrow();

    assertThat(payload.getData().toString(StandardCharsets.UTF_8))
        .contains("\"value\"", "\"currency\"")
        .doesNotContain("negative");
  }

  @Test
  void recordsRoundTripWithBooleansTimesAndBytes() {
    Snapshot snapshot =
        new Snapshot(
            "rated",
            true,
            new Amount(new BigDecimal("-1.00"), "USD"),
            Instant.parse("2026-03-02T09:00:00Z"),
            new byte[] {1, 2, 3});

    Payload payload = converter.toPayload(snapshot).orElseThrow();
    Snapshot back = converter.fromPayload(payload, Snapshot.class, Snapshot.class);

    assertThat(back.status()).isEqualTo("rated");
    assertThat(back.needsAttention()).isTrue();
    assertThat(back.amount()).isEqualTo(snapshot.amount());
    assertThat(back.at()).isEqualTo(snapshot.at());
    assertThat(back.file()).containsExactly(1, 2, 3);
  }

  @Test
  void aSerializedRejectionKeepsItsType() {
    ApplicationFailure rejection =
        ApplicationFailure.newNonRetryableFailure("rate expired", "RATE.EXPIRED");
    WorkflowExecutionException wrapped =
        new WorkflowExecutionException(converter.exceptionToFailure(rejection));

    RuntimeException back = converter.failureToException(converter.exceptionToFailure(wrapped));

    assertThat(back).isInstanceOf(ApplicationFailure.class);
    assertThat(((ApplicationFailure) back).getType()).isEqualTo("RATE.EXPIRED");
    assertThat(((ApplicationFailure) back).isNonRetryable()).isTrue();
  }

  @Test
  void aReaderOfAnOlderShapeIgnoresNewFields() {
    Payload payload =
        converter
            .toPayload(new Snapshot("purchased", false, null, null, new byte[0]))
            .orElseThrow();

    assertThat(converter.fromPayload(payload, SnapshotV1.class, SnapshotV1.class).status())
        .isEqualTo("purchased");
  }
}
