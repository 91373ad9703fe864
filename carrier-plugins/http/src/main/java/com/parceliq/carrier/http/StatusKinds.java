package com.parceliq.carrier.http;

import com.parceliq.carrier.spi.CarrierErrorKind;

/**
 * The error kind an HTTP status means when a carrier's body says nothing more specific. Whether a
 * purchase is retried hangs on this: REJECTED and AUTHENTICATION_FAILED are final, the rest are
 * worth another try.
 */
public final class StatusKinds {

  private StatusKinds() {}

  public static CarrierErrorKind of(int status) {
    if (status == 401 || status == 403) {
      return CarrierErrorKind.AUTHENTICATION_FAILED;
    }
    if (status == 408 || status == 504) {
      return CarrierErrorKind.TIMEOUT;
    }
    if (status == 429) {
      return CarrierErrorKind.RATE_LIMITED;
    }
    if (status >= 500) {
      return CarrierErrorKind.UNAVAILABLE;
    }
    // 400, 404, 409, 422...: the request itself is wrong; sending it again cannot help.
    return CarrierErrorKind.REJECTED;
  }
}
