package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import com.parceliq.simulator.invoice.InvoiceBuilder;
import com.parceliq.simulator.invoice.InvoiceCsv;
import com.parceliq.simulator.state.SimulatorState;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code GET /_control/invoice?date=YYYY-MM-DD}: that UTC day's carrier invoice as CSV. */
public final class InvoiceHandler implements ApiHandler {

  private final SimulatorState state;

  public InvoiceHandler(SimulatorState state) {
    this.state = state;
  }

  @Override
  public ApiResponse handle(ApiRequest request) throws ApiException {
    String raw =
        request
            .queryParam("date")
            .orElseThrow(
                () -> ApiException.badRequest("query parameter date=YYYY-MM-DD is required"));
    LocalDate date;
    try {
      date = LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("date must be YYYY-MM-DD, got " + raw);
    }
    String csv = InvoiceCsv.render(date, InvoiceBuilder.lines(date, state.labels().all()));
    return ApiResponse.text(200, "text/csv; charset=utf-8", csv)
        .withHeader(
            "Content-Disposition",
            "attachment; filename=\"" + InvoiceCsv.invoiceNumber(date) + ".csv\"");
  }
}
