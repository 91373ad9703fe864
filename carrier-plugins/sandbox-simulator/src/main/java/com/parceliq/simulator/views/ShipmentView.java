package com.parceliq.simulator.views;

import com.parceliq.simulator.model.WireAddress;
import com.parceliq.simulator.model.WireParcel;
import com.parceliq.simulator.state.LabelRecord;
import java.time.Instant;

/**
 * A purchased shipment as {@code POST /v1/shipments} and {@code GET /v1/shipments/{id}} show it.
 * {@code status} is {@code purchased} or {@code voided}; {@code refund_status} is null until a void
 * is accepted, then {@code submitted} (refund pending) or {@code refunded}.
 */
public record ShipmentView(
    String id,
    String trackingCode,
    String status,
    String service,
    String amount,
    String currency,
    int deliveryDays,
    String reference,
    WireAddress fromAddress,
    WireAddress toAddress,
    WireParcel parcel,
    FileView label,
    String refundStatus,
    String manifestId,
    String createdAt) {

  public static ShipmentView of(LabelRecord label, Instant now) {
    LabelRecord.Purchase p = label.purchase();
    return new ShipmentView(
        p.id(),
        p.trackingCode(),
        label.voidedAt().isPresent() ? "voided" : "purchased",
        p.quote().service().wireName(),
        p.quote().total().toPlainString(),
        "USD",
        p.quote().deliveryDays(),
        p.reference(),
        p.from(),
        label.destination(),
        p.parcel(),
        FileView.of(p.format(), p.labelFile()),
        RefundStatus.of(label, now),
        label.manifestId().orElse(null),
        Times.format(p.createdAt()));
  }
}
