package com.parceliq.workflows.address;

import com.parceliq.domain.ErrorCode;
import com.parceliq.workflows.support.Refusals;
import java.util.List;

/** Which carrier verifies an address: the one the tenant named, or its first that can. */
final class AddressValidators {

  private AddressValidators() {}

  /**
   * @param validators the tenant's carriers that validate addresses, preferred first
   * @param requested the carrier the tenant named, or null
   */
  static String choose(List<String> validators, String requested) {
    if (requested != null) {
      if (validators.contains(requested)) {
        return requested;
      }
      throw Refusals.refuse(
          ErrorCode.REQUEST_INVALID,
          "Carrier '"
              + requested
              + "' cannot validate addresses for this account; "
              + (validators.isEmpty()
                  ? "no enabled carrier can."
                  : "carriers that can: " + String.join(", ", validators) + "."));
    }
    if (validators.isEmpty()) {
      throw Refusals.refuse(
          ErrorCode.CARRIER_UNAVAILABLE,
          "No carrier enabled for this account can validate addresses.");
    }
    return validators.getFirst();
  }
}
