package com.parceliq.workflows.shipment;

import com.parceliq.domain.Address;
import com.parceliq.domain.Money;
import com.parceliq.domain.ShipmentStatus;
import com.parceliq.workflows.ports.BoughtLabelSummary;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.ports.ShipmentFee;
import com.parceliq.workflows.ports.VoidOutcome;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the shipment workflow remembers. Plain data mutated only from workflow threads (which
 * the SDK runs one at a time), so no locking; kept separate from the handlers so the state machine
 * reads in one place.
 */
final class ShipmentState {

  /** A purchase that failed, replayed to a retry with the same idempotency key. */
  record FailedPurchase(String code, String message) {}

  private final NewShipment shipment;
  private ShipmentStatus status = ShipmentStatus.CREATED;
  private boolean recorded;
  private List<RateQuote> quotes = List.of();
  private String operationInProgress;
  private String selectedRateId;
  private String carrier;
  private String carrierAccountId;
  private String service;
  private String trackingCode;
  private String carrierShipmentId;
  private Money charged;
  private String purchaseKey;
  private String voidKey;
  private VoidOutcome.Refund refundStatus;
  private boolean needsAttention;
  private String lastErrorCode;
  private String lastErrorMessage;
  private OperatorDecision decision;
  private final Map<String, FailedPurchase> failedPurchases = new HashMap<>();
  private long lastActivityMillis;
  private long deliveredAtMillis;
  private final RerouteHistory reroutes;

  ShipmentState(NewShipment shipment) {
    this.shipment = shipment;
    this.reroutes = new RerouteHistory(shipment.to());
  }

  NewShipment shipment() {
    return shipment;
  }

  String tenantId() {
    return shipment.tenantId();
  }

  String shipmentId() {
    return shipment.shipmentId();
  }

  ShipmentStatus status() {
    return status;
  }

  /** When an operation last started or ended (workflow time); the idle limit counts from it. */
  long lastActivityMillis() {
    return lastActivityMillis;
  }

  boolean isRecorded() {
    return recorded;
  }

  void markRecorded(long nowMillis) {
    recorded = true;
    lastActivityMillis = nowMillis;
  }

  boolean isBusy() {
    return operationInProgress != null;
  }

  String operationInProgress() {
    return operationInProgress;
  }

  void begin(String operation, long nowMillis) {
    operationInProgress = operation;
    lastActivityMillis = nowMillis;
  }

  void end(long nowMillis) {
    operationInProgress = null;
    lastActivityMillis = nowMillis;
  }

  List<RateQuote> quotes() {
    return quotes;
  }

  Optional<RateQuote> quote(String rateId) {
    return quotes.stream().filter(quote -> quote.rateId().equals(rateId)).findFirst();
  }

  void rated(List<RateQuote> newQuotes) {
    quotes = List.copyOf(newQuotes);
    status = ShipmentStatus.RATED;
    clearError();
  }

  void purchased(RateQuote quote, BoughtLabelSummary label, String idempotencyKey) {
    status = ShipmentStatus.PURCHASED;
    selectedRateId = quote.rateId();
    carrier = label.carrier();
    carrierAccountId = quote.carrierAccountId();
    service = label.service();
    trackingCode = label.trackingCode();
    carrierShipmentId = label.carrierShipmentId();
    charged = label.charged();
    purchaseKey = idempotencyKey;
    clearError();
  }

  String carrier() {
    return carrier;
  }

  /** The tenant's carrier account the label was bought on; null for the platform's own. */
  String carrierAccountId() {
    return carrierAccountId;
  }

  String trackingCode() {
    return trackingCode;
  }

  String carrierShipmentId() {
    return carrierShipmentId;
  }

  /** What the wallet was charged for the label: the most a void may credit back. */
  Money charged() {
    return charged;
  }

  /** Null until the carrier answered a void; then where its refund stands. */
  VoidOutcome.Refund refundStatus() {
    return refundStatus;
  }

  /** The client key of the void the carrier answered; its ledger keys derive from it. */
  String voidKey() {
    return voidKey;
  }

  void voided(String idempotencyKey, ShipmentStatus newStatus, VoidOutcome.Refund refund) {
    voidKey = idempotencyKey;
    status = newStatus;
    refundStatus = refund;
    clearError();
  }

  /** Where the parcel goes now: the shipment's {@code to} until a reroute changes it. */
  Address destination() {
    return reroutes.destination();
  }

  List<ShipmentFee> fees() {
    return reroutes.fees();
  }

  boolean isReroutedWith(String idempotencyKey) {
    return reroutes.isAcceptedWith(idempotencyKey);
  }

  Optional<RerouteHistory.Refusal> failedReroute(String idempotencyKey) {
    return reroutes.refusal(idempotencyKey);
  }

  void rerouted(String idempotencyKey, Address newDestination, Optional<ShipmentFee> fee) {
    reroutes.accepted(idempotencyKey, newDestination, fee);
    status = ShipmentStatus.REROUTED;
    clearError();
  }

  /** The carrier's tracking moved the shipment to {@code newStatus} (possibly the same). */
  void tracked(ShipmentStatus newStatus, long nowMillis) {
    if (newStatus == ShipmentStatus.DELIVERED && status != ShipmentStatus.DELIVERED) {
      deliveredAtMillis = nowMillis;
    }
    status = newStatus;
    lastActivityMillis = nowMillis;
  }

  /** When (workflow time) the carrier's delivery reached the shipment; the grace counts from it. */
  long deliveredAtMillis() {
    return deliveredAtMillis;
  }

  /** The grace period after delivery is over: nothing can happen to the shipment any more. */
  void completed(long nowMillis) {
    status = ShipmentStatus.COMPLETED;
    lastActivityMillis = nowMillis;
  }

  void rerouteFailed(String idempotencyKey, String code, String message) {
    reroutes.refused(idempotencyKey, code, message);
  }

  boolean isPurchasedWith(String idempotencyKey) {
    return purchaseKey != null && purchaseKey.equals(idempotencyKey);
  }

  void purchaseFailed(String idempotencyKey, String code, String message) {
    failedPurchases.put(idempotencyKey, new FailedPurchase(code, message));
    lastErrorCode = code;
    lastErrorMessage = message;
  }

  Optional<FailedPurchase> failedPurchase(String idempotencyKey) {
    return Optional.ofNullable(failedPurchases.get(idempotencyKey));
  }

  boolean needsAttention() {
    return needsAttention;
  }

  void park(String code, String message) {
    needsAttention = true;
    lastErrorCode = code;
    lastErrorMessage = message;
    decision = null;
  }

  void decide(OperatorDecision operatorDecision) {
    decision = operatorDecision;
  }

  boolean hasDecision() {
    return decision != null;
  }

  /** The operator's decision; taking it ends the parking. */
  OperatorDecision takeDecision() {
    OperatorDecision taken = decision;
    decision = null;
    needsAttention = false;
    return taken;
  }

  ShipmentSnapshot snapshot() {
    return new ShipmentSnapshot(
        tenantId(),
        shipmentId(),
        status.wireName(),
        selectedRateId,
        carrier,
        service,
        trackingCode,
        needsAttention,
        lastErrorCode,
        lastErrorMessage,
        refundStatus == null ? null : refundStatus.wireName());
  }

  private void clearError() {
    lastErrorCode = null;
    lastErrorMessage = null;
  }
}
