package com.parceliq.simulator.views;

import com.parceliq.simulator.rates.Quote;
import java.util.List;

/** One service's price in {@code POST /v1/rates}. */
public record RateView(String service, String amount, String currency, int deliveryDays, int zone) {

  public static RateView of(Quote quote) {
    return new RateView(
        quote.service().wireName(),
        quote.total().toPlainString(),
        "USD",
        quote.deliveryDays(),
        quote.zone());
  }

  /** The body of {@code POST /v1/rates}. */
  public record Rates(List<RateView> rates) {}
}
