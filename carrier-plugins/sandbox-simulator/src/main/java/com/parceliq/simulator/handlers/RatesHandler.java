package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import com.parceliq.simulator.http.FieldError;
import com.parceliq.simulator.model.RateBody;
import com.parceliq.simulator.model.RequestRules;
import com.parceliq.simulator.model.Service;
import com.parceliq.simulator.rates.RateTable;
import com.parceliq.simulator.views.RateView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code POST /v1/rates}: one price per service, from {@link RateTable}. */
public final class RatesHandler implements ApiHandler {

  @Override
  public ApiResponse handle(ApiRequest request) throws ApiException {
    RateBody body = request.bodyAs(RateBody.class);
    List<FieldError> errors = new ArrayList<>();
    RequestRules.checkAddress("from_address", body.fromAddress(), errors);
    RequestRules.checkAddress("to_address", body.toAddress(), errors);
    RequestRules.checkParcel("parcel", body.parcel(), errors);
    HandlerSupport.failIfAny(errors);
    List<RateView> rates =
        Arrays.stream(Service.values())
            .map(
                service ->
                    RateTable.quote(
                        service,
                        body.parcel().weightOz(),
                        body.fromAddress().zip(),
                        body.toAddress().zip()))
            .map(RateView::of)
            .toList();
    return ApiResponse.ok(new RateView.Rates(rates));
  }
}
