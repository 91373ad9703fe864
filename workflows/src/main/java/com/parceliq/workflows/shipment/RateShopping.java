package com.parceliq.workflows.shipment;

import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.pricing.Pricing;
import com.parceliq.domain.pricing.PricingRule;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.ports.RateShipment;
import com.parceliq.workflows.support.Refusals;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/**
 * Asks every carrier the tenant can use for quotes, in parallel (each on its own task queue). One
 * carrier failing does not hide the others' rates; only when none answers does rating fail, with
 * the first carrier's error. The tenant's pricing rules, loaded while the carriers quote, price
 * every quote here in workflow code ({@link Pricing} is deterministic), so the price a purchase
 * holds is the one recorded in history with the quote.
 */
final class RateShopping {

  private static final Logger log = Workflow.getLogger(RateShopping.class);

  private RateShopping() {}

  static List<RateQuote> quote(ShipmentActivities activities, NewShipment shipment) {
    List<String> carriers = activities.directory().enabledCarriers(shipment.tenantId());
    if (carriers.isEmpty()) {
      throw Refusals.refuse(
          ErrorCode.CARRIER_UNAVAILABLE, "no carrier is enabled for this account");
    }
    RateShipment request =
        new RateShipment(
            shipment.tenantId(),
            shipment.shipmentId(),
            shipment.from(),
            shipment.to(),
            shipment.parcel(),
            shipment.reference());
    Promise<List<PricingRule>> rules =
        Async.function(activities.pricing()::pricingRules, shipment.tenantId());
    List<Promise<List<RateQuote>>> pending = new ArrayList<>();
    for (String carrier : carriers) {
      pending.add(Async.function(activities.carrierRating(carrier)::quoteRates, carrier, request));
    }

    List<RateQuote> quotes = new ArrayList<>();
    ActivityFailure firstFailure = null;
    for (int i = 0; i < pending.size(); i++) {
      try {
        quotes.addAll(pending.get(i).get());
      } catch (ActivityFailure failure) {
        log.warn(
            "carrier {} did not quote {}: {}", carriers.get(i), shipment.shipmentId(), failure);
        firstFailure = firstFailure == null ? failure : firstFailure;
      }
    }
    if (quotes.isEmpty() && firstFailure != null) {
      throw Refusals.from(firstFailure);
    }
    List<PricingRule> pricingRules = rules.get();
    return quotes.stream()
        .map(
            quote ->
                quote.withPrice(
                    Pricing.apply(
                        pricingRules,
                        quote.carrier(),
                        quote.service(),
                        quote.quotedCarrierAmount())))
        .toList();
  }
}
