package com.parceliq.carrier.usps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.http.HttpAnswer;
import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierRate;
import com.parceliq.carrier.spi.RateRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Rating: one {@code POST /prices/v3/base-rates/search} per offered service (the Domestic Prices
 * API prices one mail class per call, so the calls go out together), single-piece ({@code
 * rateIndicator SP}), machinable, commercial prices of the account's EPS account, mailed today. A
 * service USPS refuses for this parcel (too heavy, too large) is left out; if every service is
 * refused the first refusal is thrown. Anything retryable or an authentication failure is thrown at
 * once. Base rates carry no delivery commitment, so {@code deliveryDays} is 0 (unknown).
 */
final class UspsRating {

  static final String PATH = "/prices/v3/base-rates/search";

  private UspsRating() {}

  static List<CarrierRate> call(UspsClient client, CarrierAccount account, RateRequest request) {
    List<CarrierRate> rates = new ArrayList<>();
    CarrierException firstRefusal = null;
    List<HttpAnswer> answers = askEveryService(client, account, request);
    for (int i = 0; i < answers.size(); i++) {
      String service = UspsServices.TOKENS.get(i);
      HttpAnswer answer = answers.get(i);
      if (answer.isSuccess()) {
        rates.add(parse(service, UspsJson.parse(answer.body())));
        continue;
      }
      CarrierException error = UspsErrors.from("rating " + service, answer);
      if (error.kind() != CarrierErrorKind.REJECTED) {
        throw error;
      }
      firstRefusal = firstRefusal == null ? error : firstRefusal;
    }
    if (rates.isEmpty() && firstRefusal != null) {
      throw firstRefusal;
    }
    return List.copyOf(rates);
  }

  /**
   * One call per service, all at once: rating waits for the slowest service, not for their sum.
   * Answers are read in the services' order, so what is kept or thrown never depends on timing.
   */
  private static List<HttpAnswer> askEveryService(
      UspsClient client, CarrierAccount account, RateRequest request) {
    String today = client.today();
    try (ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<HttpAnswer>> pending = new ArrayList<>();
      for (String service : UspsServices.TOKENS) {
        ObjectNode body = request(request, service, account, today);
        pending.add(calls.submit(() -> client.postJson(PATH, body)));
      }
      List<HttpAnswer> answers = new ArrayList<>();
      for (Future<HttpAnswer> answer : pending) {
        answers.add(answer.get());
      }
      return answers;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException("USPS rating call failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CarrierException(
          UspsCarrierPlugin.CODE, CarrierErrorKind.UNAVAILABLE, "usps rating interrupted", e);
    }
  }

  static ObjectNode request(
      RateRequest request, String service, CarrierAccount account, String mailingDate) {
    ObjectNode body = CarrierJson.object();
    body.put("originZIPCode", UspsJson.zip5(request.from()));
    body.put("destinationZIPCode", UspsJson.zip5(request.to()));
    UspsJson.putParcel(body, request.parcel(), false);
    body.put("mailClass", UspsServices.mailClass(service));
    body.put("processingCategory", "MACHINABLE");
    body.put("destinationEntryFacilityType", "NONE");
    body.put("rateIndicator", "SP");
    body.put("priceType", "COMMERCIAL");
    body.put("accountType", "EPS");
    body.put("accountNumber", UspsCredentials.require(account, UspsCredentials.EPS_ACCOUNT_NUMBER));
    body.put("mailingDate", mailingDate);
    return body;
  }

  static CarrierRate parse(String service, JsonNode answer) {
    return new CarrierRate(
        UspsCarrierPlugin.CODE, service, UspsJson.usd(answer, "totalBasePrice"), 0);
  }
}
