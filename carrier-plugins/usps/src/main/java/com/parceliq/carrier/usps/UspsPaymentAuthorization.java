package com.parceliq.carrier.usps;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.carrier.http.AccessToken;
import com.parceliq.carrier.http.CarrierJson;
import com.parceliq.carrier.http.HttpAnswer;
import com.parceliq.carrier.spi.CarrierAccount;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;

/**
 * The payment authorization token labels are bought and cancelled with: {@code POST
 * /payments/v3/payment-authorization} naming the account as both PAYER and LABEL_OWNER (CRID, MID,
 * manifest MID, EPS account). USPS answers {@code paymentAuthorizationToken} without an expiry; it
 * is kept for {@link #LIFETIME} (USPS documents several hours) and dropped early when a label call
 * refuses it.
 */
final class UspsPaymentAuthorization {

  static final String PATH = "/payments/v3/payment-authorization";

  /** Conservative: well inside the lifetime USPS gives these tokens. */
  static final Duration LIFETIME = Duration.ofHours(1);

  private UspsPaymentAuthorization() {}

  static ObjectNode body(CarrierAccount account) {
    ObjectNode body = CarrierJson.object();
    ArrayNode roles = body.putArray("roles");
    for (String role : new String[] {"PAYER", "LABEL_OWNER"}) {
      ObjectNode node = roles.addObject();
      node.put("roleName", role);
      node.put("CRID", UspsCredentials.require(account, UspsCredentials.CRID));
      node.put("MID", UspsCredentials.require(account, UspsCredentials.MID));
      node.put("manifestMID", UspsCredentials.manifestMid(account));
      node.put("accountType", "EPS");
      node.put(
          "accountNumber", UspsCredentials.require(account, UspsCredentials.EPS_ACCOUNT_NUMBER));
    }
    return body;
  }

  static HttpRequest.Builder request(String baseUrl, ObjectNode body, String bearer) {
    return HttpRequest.newBuilder(URI.create(baseUrl + PATH))
        .header("Authorization", "Bearer " + bearer)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(CarrierJson.write(body)));
  }

  static AccessToken parse(HttpAnswer answer, Clock clock) {
    if (!answer.isSuccess()) {
      throw UspsErrors.from("payment authorization", answer);
    }
    String token = UspsJson.required(UspsJson.parse(answer.body()), "paymentAuthorizationToken");
    return new AccessToken(token, clock.instant().plus(LIFETIME));
  }
}
