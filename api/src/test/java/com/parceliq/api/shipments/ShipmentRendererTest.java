package com.parceliq.api.shipments;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.domain.Address;
import com.parceliq.domain.Parcel;
import com.parceliq.store.JsonColumns;
import com.parceliq.store.RateEntity;
import com.parceliq.store.ShipmentEntity;
import com.parceliq.store.StoredFee;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShipmentRendererTest {

  private static final Instant CREATED = Instant.parse("2026-01-01T12:00:00Z");
  private static final LabelLinks LINKS =
      (bucket, key) -> "http://s3.local/" + bucket + "/" + key + "?X-Amz-Signature=abc";

  @Test
  void newShipmentHasNoRatesLabelOrTrackingCode() {
    ShipmentDto view = ShipmentRenderer.render(shipment("created"), List.of(), LINKS);

    assertThat(view.id()).isEqualTo("shp_1");
    assertThat(view.object()).isEqualTo("Shipment");
    assertThat(view.status()).isEqualTo("created");
    assertThat(view.toAddress().zip()).isEqualTo("90277");
    assertThat(view.fromAddress().city()).isEqualTo("San Francisco");
    assertThat(view.parcel().weight()).isEqualByComparingTo("16");
    assertThat(view.parcel().length()).isEqualByComparingTo("10");
    assertThat(view.options()).containsEntry("label_format", "pdf");
    assertThat(view.rates()).isEmpty();
    assertThat(view.selectedRate()).isNull();
    assertThat(view.trackingCode()).isNull();
    assertThat(view.postageLabel()).isNull();
    assertThat(view.archived()).isFalse();
  }

  @Test
  void ratesArePricedAsDecimalStrings() {
    ShipmentDto view =
        ShipmentRenderer.render(shipment("rated"), List.of(rate("rate_1", "7.5")), LINKS);

    RateDto rate = view.rates().get(0);
    assertThat(rate.object()).isEqualTo("Rate");
    assertThat(rate.shipmentId()).isEqualTo("shp_1");
    assertThat(rate.rate()).isEqualTo("7.50");
    assertThat(rate.listRate()).isEqualTo("7.00");
    assertThat(rate.pricing())
        .isEqualTo("sandbox ground list 7.00 + 0.50 markup (rule pr_1) = 7.50");
    assertThat(rate.currency()).isEqualTo("USD");
    assertThat(rate.deliveryDays()).isEqualTo(3);
  }

  @Test
  void purchasedShipmentShowsItsSelectedRateAndADownloadablePdfLabel() {
    ShipmentEntity purchased = shipment("purchased");
    purchased.selectedRateId = "rate_2";
    purchased.trackingCode = "SBX123";
    purchased.labelBucket = "parceliq-labels";
    purchased.labelKey = "ten_1/shp_1/label.pdf";
    purchased.labelFormat = "PDF";

    ShipmentDto view =
        ShipmentRenderer.render(
            purchased, List.of(rate("rate_1", "7.50"), rate("rate_2", "12.34")), LINKS);

    assertThat(view.selectedRate().id()).isEqualTo("rate_2");
    assertThat(view.selectedRate().rate()).isEqualTo("12.34");
    assertThat(view.trackingCode()).isEqualTo("SBX123");
    assertThat(view.postageLabel().labelUrl())
        .isEqualTo("http://s3.local/parceliq-labels/ten_1/shp_1/label.pdf?X-Amz-Signature=abc");
    assertThat(view.postageLabel().labelFileType()).isEqualTo("application/pdf");
    assertThat(view.postageLabel().labelFormat()).isEqualTo("pdf");
  }

  @Test
  void aReroutedShipmentListsItsRerouteFeeAsADecimalString() {
    ShipmentEntity rerouted = shipment("rerouted");
    rerouted.feesJson =
        StoredFee.writeAll(List.of(StoredFee.of("reroute_fee", new BigDecimal("7.5"), "USD")));

    ShipmentDto view = ShipmentRenderer.render(rerouted, List.of(), LINKS);

    assertThat(view.fees()).containsExactly(new FeeDto("Fee", "reroute_fee", "7.50", "USD"));
  }

  @Test
  void aShipmentWithoutFeesShowsAnEmptyList() {
    assertThat(ShipmentRenderer.render(shipment("purchased"), List.of(), LINKS).fees()).isEmpty();
  }

  @Test
  void labelFormatsMapToTheirMediaTypes() {
    assertThat(LabelFormats.mediaType("png")).isEqualTo("image/png");
    assertThat(LabelFormats.mediaType("ZPL")).isEqualTo("application/zpl");
    assertThat(LabelFormats.mediaType(null)).isEqualTo("application/pdf");
  }

  private static ShipmentEntity shipment(String status) {
    ShipmentEntity shipment = new ShipmentEntity();
    shipment.id = "shp_1";
    shipment.tenantId = "ten_1";
    shipment.status = status;
    shipment.toAddressJson =
        JsonColumns.write(
            new Address(
                "Dr. Steve Brule",
                null,
                "179 N Harbor Dr",
                null,
                "Redondo Beach",
                "CA",
                "90277",
                "US",
                null,
                null));
    shipment.fromAddressJson =
        JsonColumns.write(
            new Address(
                "EasyPost",
                null,
                "417 Montgomery Street",
                null,
                "San Francisco",
                "CA",
                "94104",
                "US",
                null,
                null));
    shipment.parcelJson =
        JsonColumns.write(new Parcel(new BigDecimal("16"), new BigDecimal("10"), null, null));
    shipment.optionsJson = JsonColumns.write(Map.of("label_format", "pdf"));
    shipment.createdAt = CREATED;
    shipment.updatedAt = CREATED;
    return shipment;
  }

  private static RateEntity rate(String id, String amount) {
    RateEntity rate = new RateEntity();
    rate.id = id;
    rate.tenantId = "ten_1";
    rate.shipmentId = "shp_1";
    rate.carrier = "sandbox";
    rate.service = "ground";
    rate.amount = new BigDecimal(amount).setScale(2);
    rate.listAmount = new BigDecimal("7.00");
    rate.pricing = "sandbox ground list 7.00 + 0.50 markup (rule pr_1) = 7.50";
    rate.currency = "USD";
    rate.deliveryDays = 3;
    rate.expiresAt = CREATED.plusSeconds(86_400);
    rate.createdAt = CREATED;
    return rate;
  }
}
