package com.parceliq.api.shipments;

import com.parceliq.api.http.Decimals;
import com.parceliq.domain.Address;
import com.parceliq.domain.Parcel;
import com.parceliq.domain.TrackerIds;
import com.parceliq.store.JsonColumns;
import com.parceliq.store.RateEntity;
import com.parceliq.store.ShipmentEntity;
import com.parceliq.store.StoredFee;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The read model's rows as the API's Shipment and Rate objects. */
public final class ShipmentRenderer {

  private ShipmentRenderer() {}

  public static ShipmentDto render(
      ShipmentEntity shipment, List<RateEntity> rates, LabelLinks labelLinks) {
    return render(shipment, rates, labelLinks, false);
  }

  /** {@code archived}: the rows were read back from the archive (S3), not the hot tables. */
  public static ShipmentDto render(
      ShipmentEntity shipment, List<RateEntity> rates, LabelLinks labelLinks, boolean archived) {
    List<RateDto> rateViews = rates.stream().map(ShipmentRenderer::rate).toList();
    RateDto selected =
        shipment.selectedRateId == null
            ? null
            : rateViews.stream()
                .filter(rate -> rate.id().equals(shipment.selectedRateId))
                .findFirst()
                .orElse(null);
    return new ShipmentDto(
        shipment.id,
        ShipmentDto.OBJECT,
        shipment.status,
        shipment.reference,
        address(JsonColumns.read(shipment.toAddressJson, Address.class)),
        address(JsonColumns.read(shipment.fromAddressJson, Address.class)),
        parcel(JsonColumns.read(shipment.parcelJson, Parcel.class)),
        options(shipment.optionsJson),
        rateViews,
        selected,
        shipment.trackingCode,
        shipment.trackingCode == null ? null : TrackerIds.ofShipment(shipment.id),
        postageLabel(shipment, labelLinks),
        shipment.refundStatus,
        fees(shipment.feesJson),
        shipment.needsAttention,
        shipment.createdAt,
        shipment.updatedAt,
        archived);
  }

  public static RateDto rate(RateEntity rate) {
    return new RateDto(
        rate.id,
        RateDto.OBJECT,
        rate.shipmentId,
        rate.carrier,
        rate.carrierAccountId,
        rate.service,
        Decimals.money(rate.amount),
        Decimals.money(rate.listAmount),
        rate.pricing,
        rate.currency,
        rate.deliveryDays,
        rate.expiresAt);
  }

  static List<FeeDto> fees(String json) {
    return StoredFee.readAll(json).stream()
        .map(
            fee ->
                new FeeDto(
                    FeeDto.OBJECT, fee.type(), Decimals.money(fee.decimalAmount()), fee.currency()))
        .toList();
  }

  static PostageLabelDto postageLabel(ShipmentEntity shipment, LabelLinks labelLinks) {
    if (shipment.labelBucket == null || shipment.labelKey == null) {
      return null;
    }
    return new PostageLabelDto(
        labelLinks.downloadUrl(shipment.labelBucket, shipment.labelKey),
        LabelFormats.mediaType(shipment.labelFormat),
        LabelFormats.normalize(shipment.labelFormat));
  }

  public static AddressDto address(Address address) {
    return new AddressDto(
        address.name(),
        address.company(),
        address.street1(),
        address.street2(),
        address.city(),
        address.state(),
        address.zip(),
        address.country(),
        address.phone(),
        address.email());
  }

  static ParcelDto parcel(Parcel parcel) {
    return new ParcelDto(parcel.weightOz(), parcel.lengthIn(), parcel.widthIn(), parcel.heightIn());
  }

  static Map<String, String> options(String json) {
    Map<?, ?> stored = json == null ? Map.of() : JsonColumns.read(json, Map.class);
    Map<String, String> options = new LinkedHashMap<>();
    stored.forEach(
        (key, value) -> options.put(String.valueOf(key), value == null ? null : value.toString()));
    return options;
  }
}
