package com.parceliq.simulator.rates;

import com.parceliq.simulator.model.Service;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The simulator's tariff: a pure function of service, weight and the two ZIPs, so tests can predict
 * every price.
 *
 * <pre>
 *   pounds = max(1, ceil(weight_oz / 16))
 *   zone   = Zones.between(from_zip, to_zip)                 (1..8)
 *   base   = start + per_pound * pounds + per_zone * (zone - 1)
 *   fuel   = round_half_up(base * 0.08, 2)
 *   rate   = base + fuel
 *
 *   service    start  per_pound  per_zone  delivery_days
 *   ground      5.00     0.50      0.35     1 + ceil(zone / 2)   (2..5)
 *   express    12.00     1.00      0.80     2
 *   overnight  25.00     2.00      1.50     1
 * </pre>
 *
 * Example: 16 oz from 10001 to 10001 by ground is 5.00 + 0.50 = 5.50 base, 0.44 fuel, 5.94 total.
 */
public final class RateTable {

  static final BigDecimal FUEL_SURCHARGE = new BigDecimal("0.08");
  private static final BigDecimal OUNCES_PER_POUND = new BigDecimal(16);

  private RateTable() {}

  public static Quote quote(Service service, BigDecimal weightOz, String fromZip, String toZip) {
    int pounds = Math.max(1, weightOz.divide(OUNCES_PER_POUND, 0, RoundingMode.CEILING).intValue());
    int zone = Zones.between(fromZip, toZip);
    Tariff tariff = Tariff.of(service);
    BigDecimal base =
        tariff
            .start()
            .add(tariff.perPound().multiply(BigDecimal.valueOf(pounds)))
            .add(tariff.perZone().multiply(BigDecimal.valueOf(zone - 1L)))
            .setScale(2, RoundingMode.UNNECESSARY);
    BigDecimal fuel = base.multiply(FUEL_SURCHARGE).setScale(2, RoundingMode.HALF_UP);
    return new Quote(service, zone, pounds, base, fuel, deliveryDays(service, zone));
  }

  private static int deliveryDays(Service service, int zone) {
    return switch (service) {
      case GROUND -> 1 + (zone + 1) / 2;
      case EXPRESS -> 2;
      case OVERNIGHT -> 1;
    };
  }

  private record Tariff(BigDecimal start, BigDecimal perPound, BigDecimal perZone) {

    static Tariff of(Service service) {
      return switch (service) {
        case GROUND -> new Tariff(usd("5.00"), usd("0.50"), usd("0.35"));
        case EXPRESS -> new Tariff(usd("12.00"), usd("1.00"), usd("0.80"));
        case OVERNIGHT -> new Tariff(usd("25.00"), usd("2.00"), usd("1.50"));
      };
    }

    private static BigDecimal usd(String amount) {
      return new BigDecimal(amount);
    }
  }
}
