package com.parceliq.workflows.shipment;

import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.pricing.Pricing;
import com.parceliq.domain.pricing.PricingRule;
import com.parceliq.workflows.ports.CarrierChoice;
import com.parceliq.workflows.ports.RateMessage;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.ports.RateShipment;
import com.parceliq.workflows.support.Refusals;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/**
 * Asks every carrier the tenant can use (the platform's and each of its carrier accounts) for
 * quotes, in parallel, each on its carrier's own task queue. One carrier failing does not hide the
 * others' rates: it becomes a message beside them. Only when none answers does rating fail, with
 * the first carrier's error. The tenant's pricing rules, loaded while the carriers quote, price
 * every quote here in workflow code ({@link Pricing} is deterministic), so the price a purchase
 * holds is the one recorded in history with the quote.
 */
final class RateShopping {

  private static final Logger log = Workflow.getLogger(RateShopping.class);

  /** The quotes, and why the carriers missing from them gave none. */
  record Result(List<RateQuote> quotes, List<RateMessage> messages) {}

  private RateShopping() {}

  static Result quote(ShipmentActivities activities, NewShipment shipment) {
    List<CarrierChoice> carriers = activities.directory().ratingCarriers(shipment.tenantId());
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
    for (CarrierChoice choice : carriers) {
      pending.add(
          Async.function(activities.carrierRating(choice.carrier())::quoteRates, choice, request));
    }

    List<RateQuote> quotes = new ArrayList<>();
    List<RateMessage> messages = new ArrayList<>();
    ActivityFailure firstFailure = null;
    for (int i = 0; i < pending.size(); i++) {
      CarrierChoice choice = carriers.get(i);
      try {
        quotes.addAll(pending.get(i).get());
      } catch (ActivityFailure failure) {
        log.warn("carrier {} did not quote {}: {}", choice, shipment.shipmentId(), failure);
        ApplicationFailure refusal = Refusals.from(failure);
        messages.add(
            new RateMessage(
                choice.carrier(),
                choice.carrierAccountId(),
                refusal.getType(),
                refusal.getOriginalMessage()));
        firstFailure = firstFailure == null ? failure : firstFailure;
      }
    }
    if (quotes.isEmpty() && firstFailure != null) {
      throw Refusals.from(firstFailure);
    }
    List<PricingRule> pricingRules = rules.get();
    List<RateQuote> priced =
        quotes.stream()
            .map(
                quote ->
                    quote.withPrice(
                        Pricing.apply(
                            pricingRules,
                            quote.carrier(),
                            quote.service(),
                            quote.quotedCarrierAmount())))
            .toList();
    return new Result(priced, messages);
  }
}
