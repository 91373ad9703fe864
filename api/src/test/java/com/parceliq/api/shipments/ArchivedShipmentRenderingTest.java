package com.parceliq.api.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.api.archive.ArchiveDocuments;
import com.parceliq.store.RateEntity;
import com.parceliq.store.ShipmentEntity;
import com.parceliq.store.archive.ArchiveMembers;
import com.parceliq.store.archive.ArchivedShipment;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An archived shipment (the rows as PostgreSQL's {@code to_jsonb} wrote them, in a gzip member)
 * renders exactly as the same rows did while hot, except {@code archived}.
 */
class ArchivedShipmentRenderingTest {

  private static final LabelLinks LINKS =
      (bucket, key) -> "http://s3.local/" + bucket + "/" + key + "?X-Amz-Signature=abc";

  private static final String TO =
      "{\"zip\": \"90277\", \"city\": \"Redondo Beach\", \"name\":"
          + " \"Dr. Steve Brule\", \"email\": null, \"phone\": null, \"state\": \"CA\", \"company\":"
          + " null, \"country\": \"US\", \"street1\": \"179 N Harbor Dr\", \"street2\": null}";
  private static final String FROM =
      "{\"zip\": \"94104\", \"city\": \"San Francisco\", \"name\":"
          + " \"EasyPost\", \"email\": null, \"phone\": null, \"state\": \"CA\", \"company\": null,"
          + " \"country\": \"US\", \"street1\": \"417 Montgomery Street\", \"street2\": null}";
  private static final String PARCEL =
      "{\"width_in\": 8, \"height_in\": 4, \"length_in\": 10, \"weight_oz\": 21.5}";
  private static final String OPTIONS = "{\"label_format\": \"PDF\", \"signature\": true}";
  private static final String FEES =
      "[{\"type\": \"reroute_fee\", \"amount\": \"7.50\", \"currency\": \"USD\"}]";

  @Test
  void anArchivedDeliveredShipmentRendersLikeItsHotRowsExceptArchived() {
    ShipmentDto hot = ShipmentRenderer.render(hotShipment(), hotRates(), LINKS);

    ShipmentDto archived = ArchivedShipments.render(readBack(document("+00:00")), LINKS);

    assertThat(archived.archived()).isTrue();
    assertThat(archived).usingRecursiveComparison().ignoringFields("archived").isEqualTo(hot);
    assertThat(archived.selectedRate().rate()).isEqualTo("12.30");
    assertThat(archived.rates()).extracting(RateDto::rate).containsExactly("7.00", "12.30");
    assertThat(archived.fees().get(0).amount()).isEqualTo("7.50");
  }

  @Test
  void timestampsWrittenWithAnotherSessionOffsetAreTheSameInstants() {
    ShipmentDto hot = ShipmentRenderer.render(hotShipment(), hotRates(), LINKS);

    ShipmentDto archived = ArchivedShipments.render(readBack(document("+02:00")), LINKS);

    assertThat(archived.createdAt()).isEqualTo(hot.createdAt());
    assertThat(archived.updatedAt()).isEqualTo(hot.updatedAt());
    assertThat(archived.rates().get(0).expiresAt()).isEqualTo(hot.rates().get(0).expiresAt());
  }

  @Test
  void aMemberWhoseChecksumDoesNotMatchTheIndexIsNotRead() {
    byte[] line = document("+00:00").getBytes(StandardCharsets.UTF_8);
    byte[] member = ArchiveMembers.compress(line);
    String otherChecksum = ArchiveMembers.sha256Hex("something else\n".getBytes());

    assertThat(ArchiveDocuments.read(member, otherChecksum, "ten_1", "shp_1")).isEmpty();
  }

  @Test
  void aMemberOfAnotherShipmentIsNotRead() {
    byte[] line = document("+00:00").getBytes(StandardCharsets.UTF_8);
    byte[] member = ArchiveMembers.compress(line);

    assertThat(ArchiveDocuments.read(member, ArchiveMembers.sha256Hex(line), "ten_1", "shp_2"))
        .isEmpty();
  }

  @Test
  void bytesThatAreNotAGzipMemberAreNotRead() {
    assertThat(ArchiveDocuments.read(new byte[] {1, 2, 3}, "00", "ten_1", "shp_1")).isEmpty();
  }

  private static ArchivedShipment readBack(String documentLine) {
    byte[] line = (documentLine + "\n").getBytes(StandardCharsets.UTF_8);
    return ArchiveDocuments.read(
            ArchiveMembers.compress(line), ArchiveMembers.sha256Hex(line), "ten_1", "shp_1")
        .orElseThrow();
  }

  /** The rows as {@code to_jsonb(row)} writes them: jsonb nested, numerics as numbers. */
  private static String document(String offset) {
    String hour = "+02:00".equals(offset) ? "14" : "12";
    String shipment =
        "{\"id\": \"shp_1\", \"fees\": "
            + FEES
            + ", \"parcel\": "
            + PARCEL
            + ", \"status\": \"delivered\", \"carrier\": \"sandbox\", \"options\": "
            + OPTIONS
            + ", \"service\": \"ground\", \"label_key\": \"ten_1/shp_1/label.pdf\", \"reference\":"
            + " \"order-1001\", \"tenant_id\": \"ten_1\", \"created_at\": \"2026-01-01T"
            + hour
            + ":00:00.123456"
            + offset
            + "\", \"to_address\": "
            + TO
            + ", \"updated_at\": \"2026-01-09T"
            + hour
            + ":30:00"
            + offset
            + "\", \"label_amount\": 12.30, \"label_bucket\": \"parceliq-labels\", \"label_format\":"
            + " \"PDF\", \"from_address\": "
            + FROM
            + ", \"refund_status\": null, \"rate_messages\": [], \"tracking_code\": \"SBX123\","
            + " \"label_currency\": \"USD\", \"ledger_entry_id\": \"ltx_1\", \"last_error_code\":"
            + " null, \"needs_attention\": false, \"selected_rate_id\": \"rate_2\","
            + " \"last_error_message\": null, \"carrier_shipment_id\": \"sbx_9\","
            + " \"a_column_added_later\": 42}";
    String rate2 = rate("rate_2", "12.30", "11.00", hour, offset);
    String rate1 = rate("rate_1", "7.00", "7.00", hour, offset);
    return "{\"format\":1,\"tenant_id\":\"ten_1\",\"shipment_id\":\"shp_1\",\"run_id\":\"arc_1\","
        + "\"archived_at\":\"2026-04-01T03:00:00Z\",\"shipment\":"
        + shipment
        + ",\"rates\":["
        + rate2
        + ","
        + rate1
        + "],\"tracker\":null,\"events\":[],\"ledger_transactions\":[],"
        + "\"batch_ids\":[],\"scan_form_ids\":[],\"pickup_ids\":[]}";
  }

  private static String rate(String id, String amount, String list, String hour, String offset) {
    return "{\"id\": \""
        + id
        + "\", \"amount\": "
        + amount
        + ", \"carrier\": \"sandbox\", \"pricing\": \"list\", \"service\": \"ground\","
        + " \"currency\": \"USD\", \"tenant_id\": \"ten_1\", \"created_at\": \"2026-01-01T"
        + hour
        + ":00:01.5"
        + offset
        + "\", \"expires_at\": \"2026-01-02T"
        + hour
        + ":00:01.5"
        + offset
        + "\", \"list_amount\": "
        + list
        + ", \"shipment_id\": \"shp_1\", \"delivery_days\": 3, \"carrier_account_id\": null}";
  }

  private static ShipmentEntity hotShipment() {
    ShipmentEntity shipment = new ShipmentEntity();
    shipment.id = "shp_1";
    shipment.tenantId = "ten_1";
    shipment.status = "delivered";
    shipment.reference = "order-1001";
    shipment.toAddressJson = TO;
    shipment.fromAddressJson = FROM;
    shipment.parcelJson = PARCEL;
    shipment.optionsJson = OPTIONS;
    shipment.feesJson = FEES;
    shipment.selectedRateId = "rate_2";
    shipment.carrier = "sandbox";
    shipment.service = "ground";
    shipment.trackingCode = "SBX123";
    shipment.labelAmount = new BigDecimal("12.30");
    shipment.labelCurrency = "USD";
    shipment.labelBucket = "parceliq-labels";
    shipment.labelKey = "ten_1/shp_1/label.pdf";
    shipment.labelFormat = "PDF";
    shipment.createdAt = Instant.parse("2026-01-01T12:00:00.123456Z");
    shipment.updatedAt = Instant.parse("2026-01-09T12:30:00Z");
    return shipment;
  }

  private static List<RateEntity> hotRates() {
    return List.of(hotRate("rate_1", "7.00", "7.00"), hotRate("rate_2", "12.30", "11.00"));
  }

  private static RateEntity hotRate(String id, String amount, String list) {
    RateEntity rate = new RateEntity();
    rate.id = id;
    rate.tenantId = "ten_1";
    rate.shipmentId = "shp_1";
    rate.carrier = "sandbox";
    rate.service = "ground";
    rate.amount = new BigDecimal(amount);
    rate.listAmount = new BigDecimal(list);
    rate.pricing = "list";
    rate.currency = "USD";
    rate.deliveryDays = 3;
    rate.expiresAt = Instant.parse("2026-01-02T12:00:01.5Z");
    rate.createdAt = Instant.parse("2026-01-01T12:00:01.5Z");
    return rate;
  }
}
