package com.parceliq.api.carriers;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import com.parceliq.domain.ErrorCode;
import com.parceliq.store.CarrierCatalogEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks a new account against what its carrier needs, as the workers published it in the carrier
 * catalog: a known carrier that takes accounts, every credential it requires, nothing it does not
 * know (a typo in a field name would otherwise surface only at the first label). Messages name
 * fields, never values.
 */
final class CredentialRules {

  private CredentialRules() {}

  static void check(String carrier, Map<String, String> credentials) {
    CarrierCatalogEntity entry =
        CarrierCatalogEntity.byCode(carrier)
            .orElseThrow(
                () ->
                    ApiException.invalidField(
                        "carrier",
                        "unknown carrier; carriers that take accounts: " + accountCarriers()));
    if (entry.credentialFields.isEmpty()) {
      throw ApiException.invalidField(
          "carrier", carrier + " is offered by the platform and needs no carrier account");
    }
    List<FieldError> errors = new ArrayList<>();
    for (String required : entry.credentialFields) {
      String value = credentials.get(required);
      if (value == null || value.isBlank()) {
        errors.add(new FieldError("credentials." + required, "is required"));
      }
    }
    for (String given : new TreeSet<>(credentials.keySet())) {
      if (!entry.credentialFields.contains(given)) {
        errors.add(
            new FieldError(
                "credentials." + given,
                "is not a " + carrier + " credential; expected " + entry.credentialFields));
      }
    }
    if (!errors.isEmpty()) {
      throw new ApiException(
          ErrorCode.REQUEST_INVALID, "The credentials do not fit " + carrier + ".", errors);
    }
  }

  private static List<String> accountCarriers() {
    return CarrierCatalogEntity.<CarrierCatalogEntity>listAll().stream()
        .filter(entry -> !entry.credentialFields.isEmpty())
        .map(entry -> entry.code)
        .sorted()
        .toList();
  }
}
