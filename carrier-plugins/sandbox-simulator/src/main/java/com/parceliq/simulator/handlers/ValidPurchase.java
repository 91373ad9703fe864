package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.FieldError;
import com.parceliq.simulator.model.LabelFileFormat;
import com.parceliq.simulator.model.PurchaseBody;
import com.parceliq.simulator.model.RequestRules;
import com.parceliq.simulator.model.Service;
import com.parceliq.simulator.triggers.Triggers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A purchase body that passed every field check, with its service, format and triggers read. */
record ValidPurchase(
    PurchaseBody body, Service service, LabelFileFormat format, Triggers triggers) {

  static ValidPurchase of(ApiRequest request) throws ApiException {
    PurchaseBody body = request.bodyAs(PurchaseBody.class);
    List<FieldError> errors = new ArrayList<>();
    RequestRules.checkAddress("from_address", body.fromAddress(), errors);
    RequestRules.checkAddress("to_address", body.toAddress(), errors);
    RequestRules.checkParcel("parcel", body.parcel(), errors);
    Optional<Service> service = Service.fromWire(body.service());
    if (service.isEmpty()) {
      errors.add(new FieldError("service", "must be one of ground, express, overnight"));
    }
    Optional<LabelFileFormat> format = LabelFileFormat.fromWire(body.labelFormat());
    if (format.isEmpty()) {
      errors.add(new FieldError("label_format", "must be one of pdf, zpl, png"));
    }
    Triggers triggers = HandlerSupport.triggers(body.reference(), errors);
    HandlerSupport.failIfAny(errors);
    return new ValidPurchase(body, service.get(), format.get(), triggers);
  }
}
