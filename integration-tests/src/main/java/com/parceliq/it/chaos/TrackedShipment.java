package com.parceliq.it.chaos;

/**
 * What the client knows of one shipment it created: the definitive answers it got, and the requests
 * still without one (retried with the same key when the run settles).
 */
public final class TrackedShipment {

  /** Where a client request stands. */
  public enum Outcome {
    NOT_TRIED,
    /** No definitive answer yet: the same key is retried while the run settles. */
    UNRESOLVED,
    CONFIRMED,
    REFUSED
  }

  private final String id;
  private final String reference;
  private volatile String rateId;
  private volatile String buyKey;
  private volatile Outcome buy = Outcome.NOT_TRIED;
  private volatile String trackingCode;
  private volatile boolean inBatch;
  private volatile String voidKey;
  private volatile Outcome voidOutcome = Outcome.NOT_TRIED;
  private volatile Outcome reroute = Outcome.NOT_TRIED;

  TrackedShipment(String id, String reference) {
    this.id = id;
    this.reference = reference;
  }

  public String id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public String rateId() {
    return rateId;
  }

  public void rated(String cheapestRateId) {
    this.rateId = cheapestRateId;
  }

  public String buyKey() {
    return buyKey;
  }

  public Outcome buy() {
    return buy;
  }

  public void buyAttempt(String key) {
    this.buyKey = key;
    this.buy = Outcome.UNRESOLVED;
  }

  public void bought(String tracking) {
    this.trackingCode = tracking;
    this.buy = Outcome.CONFIRMED;
  }

  public void buyRefused() {
    this.buy = Outcome.REFUSED;
  }

  /** The tracking code of the label the API confirmed to the client, if any. */
  public String trackingCode() {
    return trackingCode;
  }

  public boolean inBatch() {
    return inBatch;
  }

  public void addedToBatch() {
    this.inBatch = true;
  }

  public String voidKey() {
    return voidKey;
  }

  public Outcome voidOutcome() {
    return voidOutcome;
  }

  public void voidAttempt(String key) {
    this.voidKey = key;
    this.voidOutcome = Outcome.UNRESOLVED;
  }

  public void voidAnswered(Outcome outcome) {
    this.voidOutcome = outcome;
  }

  public Outcome reroute() {
    return reroute;
  }

  public void rerouteAnswered(Outcome outcome) {
    this.reroute = outcome;
  }

  /** Whether the sandbox will push tracking updates (in transit, then delivered). */
  public boolean expectsDelivery() {
    return reference.contains("sbx:deliver=");
  }
}
