package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One of each business fact the metrics count, made through the API on the real stack: a rate
 * request answered by the carrier and the same one answered from the quote cache, a purchase whose
 * first carrier call fails, a reconciled invoice with one matched and one unknown label, a void,
 * and a webhook delivered first and then replayed.
 */
public final class BusinessFacts {

  public static final String SECRET = "whsec_metrics_0123456789abcdef";

  private static final String FIRST_PURCHASE_CALL_FAILS = "sbx:error=1";

  /** What was made, to compare the counters with. */
  public record Made(
      Tenant tenant, String shipmentId, String service, String trackingCode, String eventId) {}

  private BusinessFacts() {}

  public static Made make(WebhookReceiver receiver) {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    String webhookId = Webhooks.register(tenant, receiver, SECRET);

    // The carrier answers the first purchase call 503: a carrier error and a failed activity
    // attempt, then Temporal's retry buys the label.
    Tenant.RatedShipment rated =
        tenant.createRatedShipment(FIRST_PURCHASE_CALL_FAILS + "," + Unique.key("metrics"));
    // The same parcel rated again: answered from the quote cache, with new rate ids.
    String rateId = Rates.cheapest(tenant.rate(rated.shipmentId())).path("id").asText();
    JsonNode bought = tenant.buy(rated.shipmentId(), rateId, Unique.key("buy")).expect(200);
    String trackingCode = bought.path("tracking_code").asText();

    reconcileMatchedAndUnknown(tenant, trackingCode);
    tenant.voidLabel(rated.shipmentId(), Unique.key("void")).expect(200);

    String eventId =
        Events.awaitOne(tenant, rated.shipmentId(), "shipment.created").path("id").asText();
    Webhooks.awaitDelivered(receiver, List.of(eventId));
    Webhooks.replayEvents(tenant, webhookId, List.of(eventId)).expect(202);
    return new Made(
        tenant,
        rated.shipmentId(),
        bought.path("selected_rate").path("service").asText(),
        trackingCode,
        eventId);
  }

  /** The simulator's invoice line of the label, and one of a tracking code nobody bought. */
  private static void reconcileMatchedAndUnknown(Tenant tenant, String trackingCode) {
    InvoiceLines invoice =
        InvoiceLines.parse(TestStack.simulator().invoice(LocalDate.now(ZoneOffset.UTC)))
            .only(List.of(trackingCode));
    InvoiceLines.Line line = invoice.first(trackingCode, "base");
    invoice.add(
        line.forTrackingCode("SBXMETRICS" + Unique.key("u").replaceAll("[^A-Za-z0-9]", "")));
    Reconciliations reconciliations = new Reconciliations(tenant);
    String runId =
        reconciliations.upload(invoice.csv(), Unique.key("rec")).expect(201).path("id").asText();
    JsonNode run =
        Eventually.await(
            "reconciliation " + runId + " to finish",
            Duration.ofMinutes(3),
            () -> reconciliations.runOrNull(runId),
            Reconciliations::finished);
    if (!"completed".equals(run.path("status").asText())) {
      throw new AssertionError("reconciliation did not complete: " + run);
    }
  }
}
