package com.parceliq.workflows.shipment;

import com.parceliq.domain.Address;
import com.parceliq.domain.Money;
import com.parceliq.domain.Parcel;
import com.parceliq.workflows.ports.BoughtLabel;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.ports.StoredLabel;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** One realistic shipment and what the mocked activities answer about it. */
final class ShipmentFixtures {

  static final String TENANT = "ten_01JTESTTENANT00000000000";
  static final String SHIPMENT = "shp_01JTESTSHIPMENT000000000";
  static final String CARRIER = "sandbox";
  static final String GROUND_RATE = "rate_01JTESTGROUND0000000000";
  static final String EXPRESS_RATE = "rate_01JTESTEXPRESS000000000";
  static final String TRACKING_CODE = "SBX1Z999AA10123456784";
  static final Money GROUND_PRICE = Money.usd("12.34");
  static final String EVENT_ID = "evt_01JTESTEVENT000000000000";

  private ShipmentFixtures() {}

  static NewShipment newShipment() {
    return new NewShipment(
        TENANT,
        SHIPMENT,
        new Address(
            "Ada Shipper",
            "ParcelIQ Test Co",
            "1 Market St",
            null,
            "San Francisco",
            "CA",
            "94105",
            "US",
            null,
            null),
        new Address(
            "Grace Receiver",
            null,
            "350 5th Ave",
            "Suite 100",
            "New York",
            "NY",
            "10118",
            "US",
            "+12125550100",
            "grace@example.com"),
        new Parcel(new BigDecimal("16.0"), new BigDecimal("10"), new BigDecimal("8"), null),
        "order-1001",
        Map.of());
  }

  static RateQuote groundQuote(Instant expiresAt) {
    return new RateQuote(GROUND_RATE, CARRIER, null, "ground", GROUND_PRICE, 5, expiresAt);
  }

  static RateQuote expressQuote(Instant expiresAt) {
    return new RateQuote(EXPRESS_RATE, CARRIER, null, "express", Money.usd("24.10"), 2, expiresAt);
  }

  static BoughtLabel label() {
    return labelCharged(GROUND_PRICE);
  }

  /** The ground label, billed {@code charged} by the carrier (which may differ from the quote). */
  static BoughtLabel labelCharged(Money charged) {
    return new BoughtLabel(
        CARRIER,
        null,
        "ground",
        TRACKING_CODE,
        "sbx_shp_000123",
        charged,
        "pdf",
        "%PDF-1.4 sandbox label".getBytes(StandardCharsets.US_ASCII));
  }

  static StoredLabel storedLabel() {
    return new StoredLabel("parceliq-labels", TENANT + "/" + SHIPMENT + "/label.pdf", "pdf");
  }

  static LedgerReceipt holdReceipt() {
    return new LedgerReceipt("led_01JTESTHOLD0000000000000", Money.usd("87.66"));
  }

  /** A release or refund that found nothing to give back. */
  static LedgerReceipt nothingPosted() {
    return new LedgerReceipt(null, Money.usd("100.00"));
  }

  static LedgerReceipt chargeReceipt() {
    return new LedgerReceipt("led_01JTESTCHARGE00000000000", Money.usd("87.66"));
  }

  static LedgerReceipt refundReceipt() {
    return new LedgerReceipt("led_01JTESTREFUND00000000000", Money.usd("100.00"));
  }

  static String keyOf(String clientKey, String step) {
    return TENANT + ":" + SHIPMENT + ":label:" + clientKey + ":" + step;
  }
}
