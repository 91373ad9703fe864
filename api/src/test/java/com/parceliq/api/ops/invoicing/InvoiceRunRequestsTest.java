package com.parceliq.api.ops.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvoiceRunRequestsTest {

  private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

  @Test
  void theMonthJustEndedOfAKnownTenantIsARun() {
    var checked =
        InvoiceRunRequests.check(new InvoiceRunBody("2026-04", " ten_1 "), NOW, "ten_1"::equals);

    assertThat(checked.period()).hasToString("2026-04");
    assertThat(checked.tenantId()).isEqualTo("ten_1");
  }

  @Test
  void theCurrentAndAFutureMonthAreRefused() {
    for (String open : new String[] {"2026-05", "2026-06", "2031-01"}) {
      ApiException refusal =
          catchThrowableOfType(
              ApiException.class,
              () -> InvoiceRunRequests.check(new InvoiceRunBody(open, null), NOW, id -> true));

      assertThat(refusal.errors()).extracting(FieldError::field).containsExactly("period");
    }
  }

  @Test
  void aMalformedPeriodAndAnUnknownTenantAreBothReported() {
    ApiException refusal =
        catchThrowableOfType(
            ApiException.class,
            () ->
                InvoiceRunRequests.check(new InvoiceRunBody("2026-4", "ten_x"), NOW, id -> false));

    assertThat(refusal.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("period", "tenant_id");
  }

  @Test
  void aMissingPeriodIsRequired() {
    ApiException refusal =
        catchThrowableOfType(
            ApiException.class,
            () -> InvoiceRunRequests.check(new InvoiceRunBody(null, null), NOW, id -> true));

    assertThat(refusal.errors())
        .extracting(FieldError::message)
        .containsExactly("is required (a month, YYYY-MM)");
  }
}
