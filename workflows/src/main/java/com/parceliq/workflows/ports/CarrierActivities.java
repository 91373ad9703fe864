package com.parceliq.workflows.ports;

import io.temporal.activity.ActivityInterface;
import java.util.List;

/**
 * Calls to one carrier. Workers run these on the carrier's own task queue ({@code carrier-<code>}),
 * so each carrier's concurrency is bounded on its own. Carrier rejections fail with non-retryable
 * {@code CARRIER.REJECTED}; outages and timeouts are retryable.
 */
@ActivityInterface
public interface CarrierActivities {

  List<RateQuote> quoteRates(CarrierChoice choice, RateShipment shipment);

  BoughtLabel purchaseLabel(LabelOrder order);

  /** Voids the label; the carrier's refusal is a {@link VoidOutcome.Refund#REJECTED} outcome. */
  VoidOutcome voidLabel(LabelVoid request);

  /** Where the refund of a label voided earlier stands (a read: it voids nothing). */
  VoidOutcome refundStatus(LabelVoid request);

  /**
   * Intercepts the parcel and sends it to the new destination; the carrier's refusal (parcel
   * already delivered, cannot be intercepted) fails with non-retryable {@code CARRIER.REJECTED}.
   */
  RerouteOutcome reroute(LabelReroute request);

  /**
   * Verifies and normalizes an address. An address the carrier cannot verify is an unverified
   * result with its errors; only a refusal of the request itself fails with {@code
   * CARRIER.REJECTED}.
   */
  AddressCheckResult validateAddress(AddressCheck check);

  /**
   * Closes the labels out into one carrier manifest (a scan form); the carrier's refusal (a label
   * it does not know, already manifested or voided) fails with non-retryable {@code
   * CARRIER.REJECTED}.
   */
  CarrierManifest createManifest(ManifestOrder order);

  /** Where the parcel is now, as a poll update for the shipment's workflow. */
  com.parceliq.workflows.shipment.TrackingUpdate track(TrackRequest request);
}
