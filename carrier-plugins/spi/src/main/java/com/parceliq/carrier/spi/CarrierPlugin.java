package com.parceliq.carrier.spi;

import java.util.List;

/**
 * One carrier, seen through normalized types. Implementations talk to the carrier over its own
 * protocol and map every failure to a {@link CarrierException}. A capability a carrier lacks
 * answers {@link CarrierErrorKind#UNSUPPORTED}; {@link #descriptor()} says which it has.
 */
public interface CarrierPlugin {

  CarrierDescriptor descriptor();

  default AddressValidation validateAddress(com.parceliq.domain.Address address) {
    throw CarrierException.unsupported(descriptor().code(), Capability.ADDRESS_VALIDATION);
  }

  default List<CarrierRate> rate(RateRequest request) {
    throw CarrierException.unsupported(descriptor().code(), Capability.RATING);
  }

  default PurchasedLabel purchase(PurchaseRequest request) {
    throw CarrierException.unsupported(descriptor().code(), Capability.PURCHASE);
  }

  default VoidResult voidLabel(VoidRequest request) {
    throw CarrierException.unsupported(descriptor().code(), Capability.VOID);
  }

  /**
   * Where the refund of a voided label stands, for following up a {@link
   * VoidResult.Outcome#REFUND_PENDING} void; never voids anything itself. A carrier without this
   * capability answers UNSUPPORTED.
   */
  default VoidResult refundStatus(VoidRequest request) {
    throw CarrierException.unsupported(descriptor().code(), Capability.REFUND_STATUS);
  }

  default TrackingInfo track(String trackingCode) {
    throw CarrierException.unsupported(descriptor().code(), Capability.TRACKING);
  }

  default RerouteResult reroute(RerouteRequest request) {
    throw CarrierException.unsupported(descriptor().code(), Capability.REROUTE);
  }

  /** The pickup services the carrier offers for the request's address, window and labels. */
  default List<PickupRate> ratePickup(PickupRequest request) {
    throw CarrierException.unsupported(descriptor().code(), Capability.PICKUP);
  }

  default PickupConfirmation schedulePickup(PickupRequest request) {
    throw CarrierException.unsupported(descriptor().code(), Capability.PICKUP);
  }

  /**
   * Cancels a scheduled pickup; a carrier refusal (the driver already came) is a REJECTED error.
   */
  default void cancelPickup(PickupCancelRequest request) {
    throw CarrierException.unsupported(descriptor().code(), Capability.PICKUP);
  }

  default Manifest createManifest(ManifestRequest request) {
    throw CarrierException.unsupported(descriptor().code(), Capability.MANIFEST);
  }

  /**
   * Files a claim for a lost, damaged or delayed parcel; the carrier files once per {@code
   * idempotencyKey}. Optional: a carrier without {@link Capability#CLAIMS} answers UNSUPPORTED and
   * its claims are handled by an operator.
   */
  default CarrierClaim fileClaim(ClaimRequest request) {
    throw CarrierException.unsupported(descriptor().code(), Capability.CLAIMS);
  }

  /** Where a filed claim stands: pending, or the carrier's decision. Never changes anything. */
  default CarrierClaim claimStatus(String carrierClaimId) {
    throw CarrierException.unsupported(descriptor().code(), Capability.CLAIMS);
  }
}
