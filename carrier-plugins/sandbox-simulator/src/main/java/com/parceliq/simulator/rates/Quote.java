package com.parceliq.simulator.rates;

import com.parceliq.simulator.model.Service;
import java.math.BigDecimal;

/**
 * The price of one service for one parcel. {@code total = base + fuel}; the invoice bills the same
 * two lines, so an honest invoice matches the quote to the cent.
 */
public record Quote(
    Service service,
    int zone,
    int billedPounds,
    BigDecimal base,
    BigDecimal fuel,
    int deliveryDays) {

  public BigDecimal total() {
    return base.add(fuel);
  }
}
