package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import com.parceliq.simulator.http.FieldError;
import com.parceliq.simulator.model.RequestRules;
import com.parceliq.simulator.model.WireAddress;
import com.parceliq.simulator.views.AddressVerificationView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /v1/addresses/verify} with an address as the body. Always 200: an unverifiable
 * address is an answer, not an error. Verified addresses come back normalized (trimmed, upper case,
 * ZIP+4 cut to five digits) the way postal databases return them.
 */
public final class AddressHandler implements ApiHandler {

  @Override
  public ApiResponse handle(ApiRequest request) throws ApiException {
    WireAddress address = request.bodyAs(WireAddress.class);
    List<FieldError> errors = new ArrayList<>();
    RequestRules.checkAddress("", address, errors);
    WireAddress normalized = errors.isEmpty() ? normalize(address) : address;
    return ApiResponse.ok(new AddressVerificationView(errors.isEmpty(), normalized, errors));
  }

  private static WireAddress normalize(WireAddress a) {
    String zip = a.zip().trim();
    if (RequestRules.isUs(a) && zip.length() > 5) {
      zip = zip.substring(0, 5);
    }
    return new WireAddress(
        trim(a.name()),
        trim(a.company()),
        upper(a.street1()),
        upper(a.street2()),
        upper(a.city()),
        upper(a.state()),
        zip,
        upper(a.country()),
        trim(a.phone()),
        trim(a.email()));
  }

  private static String trim(String value) {
    return value == null ? null : value.trim();
  }

  private static String upper(String value) {
    return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
  }
}
