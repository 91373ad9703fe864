package com.parceliq.workflows.address;

import com.parceliq.domain.ErrorCode;
import com.parceliq.workflows.ports.CarrierChoice;
import com.parceliq.workflows.support.Refusals;
import java.util.List;
import java.util.Objects;

/**
 * Which carrier (and account) verifies an address: the one the tenant named, or its first that can.
 * A named carrier without an account id means the first of that carrier's choices.
 */
final class AddressValidators {

  private AddressValidators() {}

  /**
   * @param validators the tenant's carriers that validate addresses, preferred first
   * @param carrier the carrier the tenant named, or null
   * @param accountId the carrier account the tenant named, or null
   */
  static CarrierChoice choose(List<CarrierChoice> validators, String carrier, String accountId) {
    if (carrier == null) {
      if (validators.isEmpty()) {
        throw Refusals.refuse(
            ErrorCode.CARRIER_UNAVAILABLE,
            "No carrier enabled for this account can validate addresses.");
      }
      return validators.getFirst();
    }
    return validators.stream()
        .filter(choice -> choice.carrier().equals(carrier))
        .filter(choice -> accountId == null || Objects.equals(choice.carrierAccountId(), accountId))
        .findFirst()
        .orElseThrow(
            () ->
                Refusals.refuse(
                    ErrorCode.REQUEST_INVALID,
                    "Carrier '"
                        + carrier
                        + "'"
                        + (accountId == null ? "" : " with account " + accountId)
                        + " cannot validate addresses for this account; "
                        + (validators.isEmpty()
                            ? "no enabled carrier can."
                            : "carriers that can: "
                                + String.join(
                                    ", ",
                                    validators.stream()
                                        .map(CarrierChoice::carrier)
                                        .distinct()
                                        .toList())
                                + ".")));
  }
}
