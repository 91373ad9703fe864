package com.parceliq.api.ops.archival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArchivalRunRequestsTest {

  private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

  @Test
  void aPastInstantWithAnOffsetAndAKnownTenantIsARun() {
    var checked =
        ArchivalRunRequests.check(
            new ArchivalRunBody("2026-04-30T21:00:00-02:00", " ten_1 "), NOW, "ten_1"::equals);

    assertThat(checked.completedBefore()).isEqualTo(Instant.parse("2026-04-30T23:00:00Z"));
    assertThat(checked.tenantId()).isEqualTo("ten_1");
  }

  @Test
  void withoutATenantEveryTenantIsArchived() {
    var checked =
        ArchivalRunRequests.check(
            new ArchivalRunBody("2026-04-01T00:00:00Z", null), NOW, id -> false);

    assertThat(checked.tenantId()).isNull();
  }

  @Test
  void aMissingCutoffAndAnUnknownTenantAreBothReported() {
    ApiException refusal =
        catchThrowableOfType(
            ApiException.class,
            () -> ArchivalRunRequests.check(new ArchivalRunBody(null, "ten_x"), NOW, id -> false));

    assertThat(refusal.code().code()).isEqualTo("REQUEST.INVALID");
    assertThat(refusal.errors())
        .extracting(FieldError::field)
        .containsExactly("completed_before", "tenant_id");
  }

  @Test
  void aCutoffWithoutOffsetIsNotRfc3339() {
    assertRefused("2026-04-01T00:00:00", "must be an RFC 3339 instant, e.g. 2026-01-01T00:00:00Z");
    assertRefused("yesterday", "must be an RFC 3339 instant, e.g. 2026-01-01T00:00:00Z");
  }

  @Test
  void aCutoffInTheFutureIsRefused() {
    assertRefused("2026-05-01T00:00:01Z", "must not be in the future");
  }

  private static void assertRefused(String completedBefore, String message) {
    ApiException refusal =
        catchThrowableOfType(
            ApiException.class,
            () ->
                ArchivalRunRequests.check(
                    new ArchivalRunBody(completedBefore, null), NOW, id -> true));
    assertThat(refusal.errors()).containsExactly(new FieldError("completed_before", message));
  }
}
