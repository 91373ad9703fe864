package com.parceliq.it.chaos;

import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.WebhookReceiver;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One tenant of the run: its API view, its own webhook receiver (own port, own secret), when its
 * webhook was registered (events before that have no subscriber), the deposits the API confirmed,
 * and every shipment and batch the harness created for it.
 */
public final class ChaosTenant {

  private final Tenant tenant;
  private final WebhookReceiver receiver;
  private final Instant webhookCreatedAt;
  private BigDecimal confirmedDeposits = BigDecimal.ZERO.setScale(2);
  private final List<String> unconfirmedDepositKeys = new CopyOnWriteArrayList<>();
  private final List<TrackedShipment> shipments = new CopyOnWriteArrayList<>();
  private final List<String> batches = new CopyOnWriteArrayList<>();

  public ChaosTenant(Tenant tenant, WebhookReceiver receiver, Instant webhookCreatedAt) {
    this.tenant = tenant;
    this.receiver = receiver;
    this.webhookCreatedAt = webhookCreatedAt;
  }

  public Tenant api() {
    return tenant;
  }

  public String id() {
    return tenant.id();
  }

  public WebhookReceiver receiver() {
    return receiver;
  }

  public Instant webhookCreatedAt() {
    return webhookCreatedAt;
  }

  public synchronized void depositConfirmed(BigDecimal amount) {
    confirmedDeposits = confirmedDeposits.add(amount);
  }

  public synchronized BigDecimal confirmedDeposits() {
    return confirmedDeposits;
  }

  /** A deposit whose answer never came: settled (same key) before the ledger is checked. */
  public void depositUnconfirmed(String key) {
    unconfirmedDepositKeys.add(key);
  }

  public List<String> unconfirmedDeposits() {
    return unconfirmedDepositKeys;
  }

  public TrackedShipment track(String shipmentId, String reference) {
    TrackedShipment shipment = new TrackedShipment(shipmentId, reference);
    shipments.add(shipment);
    return shipment;
  }

  public List<TrackedShipment> shipments() {
    return List.copyOf(shipments);
  }

  public void batchCreated(String batchId) {
    batches.add(batchId);
  }

  public List<String> batches() {
    return List.copyOf(batches);
  }
}
