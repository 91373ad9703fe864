package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import com.parceliq.simulator.http.FieldError;
import com.parceliq.simulator.labels.ManifestPdf;
import com.parceliq.simulator.model.LabelFileFormat;
import com.parceliq.simulator.model.ManifestBody;
import com.parceliq.simulator.model.RequestRules;
import com.parceliq.simulator.state.RandomIds;
import com.parceliq.simulator.state.SimulatorState;
import com.parceliq.simulator.views.FileView;
import com.parceliq.simulator.views.ManifestView;
import com.parceliq.simulator.views.Times;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/manifests}: close labels out into one scan form (PDF). Every label must be known,
 * unvoided and on no other manifest, or none is taken. Idempotent by {@code Idempotency-Key}.
 */
public final class ManifestHandler implements ApiHandler {

  private static final int MAX_LABELS = 1000;

  private final SimulatorState state;

  public ManifestHandler(SimulatorState state) {
    this.state = state;
  }

  @Override
  public ApiResponse handle(ApiRequest request) throws ApiException {
    ManifestBody body = request.bodyAs(ManifestBody.class);
    List<FieldError> errors = new ArrayList<>();
    RequestRules.checkAddress("from_address", body.fromAddress(), errors);
    List<String> codes = body.trackingCodes() == null ? List.of() : body.trackingCodes();
    if (codes.isEmpty() || codes.size() > MAX_LABELS) {
      errors.add(new FieldError("tracking_codes", "must name 1 to " + MAX_LABELS + " labels"));
    }
    HandlerSupport.failIfAny(errors);
    return state
        .responses()
        .once("manifest", request.header("Idempotency-Key"), () -> close(body, codes));
  }

  private ApiResponse close(ManifestBody body, List<String> codes) throws ApiException {
    String id = RandomIds.id("sbxmfst");
    HandlerSupport.failIfAny(state.manifests().close(state.labels(), id, codes));
    String createdAt = Times.format(state.now());
    byte[] pdf = ManifestPdf.render(id, createdAt, body.fromAddress(), codes);
    return ApiResponse.json(
        201,
        new ManifestView(id, List.copyOf(codes), createdAt, FileView.of(LabelFileFormat.PDF, pdf)));
  }
}
