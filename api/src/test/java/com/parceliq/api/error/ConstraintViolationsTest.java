package com.parceliq.api.error;

import static com.parceliq.api.support.Requests.address;
import static com.parceliq.api.support.Requests.domesticShipment;
import static com.parceliq.api.support.Requests.parcel;
import static com.parceliq.api.support.Requests.shipment;
import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.api.shipments.AddressDto;
import com.parceliq.api.shipments.BuyRequest;
import com.parceliq.api.shipments.CreateShipmentRequest;
import com.parceliq.api.shipments.ShipmentResource;
import com.parceliq.api.support.Validators;
import com.parceliq.api.tenants.CreateTenantRequest;
import com.parceliq.api.wallet.DepositBody;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConstraintViolationsTest {

  @Test
  void validShipmentHasNoViolations() {
    assertThat(fieldsOf(domesticShipment())).isEmpty();
  }

  @Test
  void missingAddressAndParcelFieldsAreNamedAsTheClientWroteThem() {
    CreateShipmentRequest request =
        shipment(
            address(null, "Redondo Beach", "CA", " "),
            address("417 Montgomery Street", "San Francisco", "CA", "94104"),
            new com.parceliq.api.shipments.ParcelDto(null, null, null, null));

    assertThat(fieldsOf(request))
        .containsExactlyInAnyOrder("to_address.street1", "to_address.zip", "parcel.weight");
  }

  @Test
  void missingAddressesAreNamed() {
    assertThat(fieldsOf(shipment(null, null, parcel("16"))))
        .containsExactlyInAnyOrder("to_address", "from_address");
  }

  @Test
  void usAddressWithoutAStateNamesTheStateField() {
    CreateShipmentRequest request =
        shipment(
            address("179 N Harbor Dr", "Redondo Beach", null, "90277"),
            address("417 Montgomery Street", "San Francisco", "CA", "94104"),
            parcel("16"));

    assertThat(fieldsOf(request)).containsExactly("to_address.state");
  }

  @Test
  void foreignAddressNeedsNoState() {
    AddressDto berlin =
        new AddressDto(
            null, null, "Unter den Linden 1", null, "Berlin", null, "10117", "DE", null, null);
    CreateShipmentRequest request =
        shipment(
            berlin, address("417 Montgomery Street", "San Francisco", "CA", "94104"), parcel("16"));

    assertThat(fieldsOf(request)).isEmpty();
  }

  @Test
  void parcelWeightMustBePositiveAndSane() {
    CreateShipmentRequest zero =
        shipment(domesticShipment().toAddress(), domesticShipment().fromAddress(), parcel("0"));
    CreateShipmentRequest huge =
        shipment(domesticShipment().toAddress(), domesticShipment().fromAddress(), parcel("9000"));

    assertThat(fieldsOf(zero)).containsExactly("parcel.weight");
    assertThat(fieldsOf(huge)).containsExactly("parcel.weight");
  }

  @Test
  void blankOptionNameIsNamedByItsKey() {
    CreateShipmentRequest request =
        new CreateShipmentRequest(
            domesticShipment().toAddress(),
            domesticShipment().fromAddress(),
            parcel("16"),
            null,
            Map.of(" ", "x"));

    assertThat(fieldsOf(request)).containsExactly("options[ ]");
  }

  @Test
  void referenceLongerThan255CharactersIsRejected() {
    CreateShipmentRequest request =
        new CreateShipmentRequest(
            domesticShipment().toAddress(),
            domesticShipment().fromAddress(),
            parcel("16"),
            "r".repeat(256),
            null);

    assertThat(fieldsOf(request)).containsExactly("reference");
  }

  @Test
  void buyWithoutARateIdNamesRateId() {
    assertThat(fieldsOf(new BuyRequest(null))).containsExactly("rate_id");
  }

  @Test
  void tenantWithoutANameNamesName() {
    assertThat(fieldsOf(new CreateTenantRequest("", null))).containsExactly("name");
  }

  @Test
  void depositAmountMustBePositiveWithAtMostTwoDecimals() {
    assertThat(fieldsOf(new DepositBody("100.00", "USD"))).isEmpty();
    assertThat(fieldsOf(new DepositBody("25", "USD"))).isEmpty();
    assertThat(fieldsOf(new DepositBody("-5.00", "USD"))).containsOnly("amount");
    assertThat(fieldsOf(new DepositBody("0.00", "USD"))).containsOnly("amount");
    assertThat(fieldsOf(new DepositBody("1.005", "USD"))).containsOnly("amount");
    assertThat(fieldsOf(new DepositBody("lots", "USD"))).containsOnly("amount");
  }

  @Test
  void violationsOnAResourceParameterDropTheJavaMethodAndParameterNames() throws Exception {
    CreateShipmentRequest request =
        shipment(
            address("179 N Harbor Dr", "Redondo Beach", "CA", null),
            domesticShipment().fromAddress(),
            parcel("16"));
    var method = ShipmentResource.class.getMethod("create", CreateShipmentRequest.class);

    Set<ConstraintViolation<ShipmentResource>> violations =
        Validators.validator()
            .forExecutables()
            .validateParameters(new ShipmentResource(), method, new Object[] {request});

    ApiError error = ConstraintViolations.toApiError(violations);
    assertThat(error.status()).isEqualTo(422);
    assertThat(error.code()).isEqualTo("REQUEST.INVALID");
    assertThat(error.errors())
        .containsExactly(new FieldError("to_address.zip", "must not be blank"));
  }

  private static List<String> fieldsOf(Object request) {
    return ConstraintViolations.toApiError(Validators.validator().validate(request))
        .errors()
        .stream()
        .map(FieldError::field)
        .distinct()
        .toList();
  }
}
