package com.parceliq.domain.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StatementPeriodTest {

  @Test
  void aPeriodIsTheCalendarMonthInUtcFromItsFirstInstantToTheNextMonths() {
    StatementPeriod december = StatementPeriod.of("2025-12");

    assertThat(december.start()).isEqualTo(Instant.parse("2025-12-01T00:00:00Z"));
    assertThat(december.end()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(december).hasToString("2025-12");
  }

  @Test
  void theMonthlyRunIssuesTheMonthBeforeItsStartEvenAcrossAYear() {
    assertThat(StatementPeriod.previous(Instant.parse("2026-01-01T04:00:00Z")))
        .hasToString("2025-12");
    assertThat(StatementPeriod.previous(Instant.parse("2026-03-31T23:59:59Z")))
        .hasToString("2026-02");
  }

  @Test
  void onlyAMonthWrittenYyyyMmParses() {
    assertThat(StatementPeriod.parse("2026-02")).isPresent();
    for (String bad : new String[] {"2026-13", "2026-00", "2026-2", "26-02", "2026/02", "", "x"}) {
      assertThat(StatementPeriod.parse(bad)).as(bad).isEmpty();
    }
    assertThat(StatementPeriod.parse(null)).isEmpty();
  }

  @Test
  void aMonthIsClosedFromTheFirstInstantOfTheNext() {
    StatementPeriod february = StatementPeriod.of("2026-02");

    assertThat(february.isClosedAt(Instant.parse("2026-02-28T23:59:59Z"))).isFalse();
    assertThat(february.isClosedAt(Instant.parse("2026-03-01T00:00:00Z"))).isTrue();
  }

  @Test
  void anInvoiceIdFollowsFromTenantAndPeriodAndSortsByPeriod() {
    String january = InvoiceIds.of("ten_A", StatementPeriod.of("2026-01"));
    String february = InvoiceIds.of("ten_A", StatementPeriod.of("2026-02"));

    assertThat(InvoiceIds.of("ten_A", StatementPeriod.of("2026-01"))).isEqualTo(january);
    assertThat(InvoiceIds.of("ten_B", StatementPeriod.of("2026-01"))).isNotEqualTo(january);
    assertThat(january).startsWith("inv_").hasSize(30);
    assertThat(february).isGreaterThan(january);
  }
}
