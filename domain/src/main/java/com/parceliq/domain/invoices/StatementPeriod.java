package com.parceliq.domain.invoices;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The calendar month (UTC) a tenant statement covers, written {@code YYYY-MM}: ledger entries
 * created from {@link #start()} (inclusive) to {@link #end()} (exclusive). Pure, so workflows use
 * it to derive the month before their own (deterministic) start time.
 */
public record StatementPeriod(YearMonth month) {

  private static final Pattern FORMAT = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
  private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("uuuu-MM");

  public StatementPeriod {
    if (month == null) {
      throw new IllegalArgumentException("a statement period needs a month");
    }
  }

  /** The period written {@code YYYY-MM}; empty for anything else. */
  public static Optional<StatementPeriod> parse(String raw) {
    if (raw == null || !FORMAT.matcher(raw.strip()).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new StatementPeriod(YearMonth.parse(raw.strip(), WRITTEN)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public static StatementPeriod of(String written) {
    return parse(written)
        .orElseThrow(() -> new IllegalArgumentException("not a YYYY-MM period: " + written));
  }

  /** The month before the one {@code now} falls in (UTC): what a monthly run issues. */
  public static StatementPeriod previous(Instant now) {
    return new StatementPeriod(YearMonth.from(now.atZone(ZoneOffset.UTC)).minusMonths(1));
  }

  public Instant start() {
    return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public Instant end() {
    return month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** Closed once it has ended: no entry of it can be written any more. */
  public boolean isClosedAt(Instant now) {
    return !now.isBefore(end());
  }

  @Override
  public String toString() {
    return month.format(WRITTEN);
  }
}
