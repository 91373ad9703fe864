package com.parceliq.api.authz.sentinel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.api.auth.Principal;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.AuthorizationRequest;
import com.parceliq.api.authz.Decision;
import com.parceliq.api.authz.RequestContext;
import com.parceliq.api.authz.ResourceRef;
import com.parceliq.api.authz.ResourceType;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SentinelPolicyDecisionPointTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AuthorizationRequest BUY =
      new AuthorizationRequest(
          Principal.apiKey("ten_a", "key_1", "shipper"),
          false,
          Action.PURCHASE_LABEL,
          new ResourceRef(ResourceType.SHIPMENT, "shp_1", "ten_a"),
          new RequestContext("req_1", "corr_1", "127.0.0.1"));

  private SentinelStub stub;

  @AfterEach
  void stopStub() {
    if (stub != null) {
      stub.close();
    }
  }

  @Test
  void anAllowIsAnAllowAndTheRequestCarriesPrincipalActionResourceAndContext() throws Exception {
    stub = new SentinelStub().answers(200, "{\"decision\": \"allow\", \"reason\": \"ok\"}");

    Decision decision = pdp(stub.url()).decide(BUY);

    assertThat(decision.allowed()).isTrue();
    JsonNode sent = JSON.readTree(stub.lastRequest());
    assertThat(sent.at("/principal/id").asText()).isEqualTo("key_1");
    assertThat(sent.at("/principal/kind").asText()).isEqualTo("api_key");
    assertThat(sent.at("/principal/tenant_id").asText()).isEqualTo("ten_a");
    assertThat(sent.at("/principal/roles/0").asText()).isEqualTo("shipper");
    assertThat(sent.at("/action").asText()).isEqualTo("purchase_label");
    assertThat(sent.at("/resource/type").asText()).isEqualTo("shipment");
    assertThat(sent.at("/resource/id").asText()).isEqualTo("shp_1");
    assertThat(sent.at("/resource/tenant_id").asText()).isEqualTo("ten_a");
    assertThat(sent.at("/context/correlation_id").asText()).isEqualTo("corr_1");
  }

  @Test
  void aDenyIsADenyWithSentinelsReason() throws Exception {
    stub = new SentinelStub().answers(200, "{\"decision\": \"deny\", \"reason\": \"after hours\"}");

    Decision decision = pdp(stub.url()).decide(BUY);

    assertThat(decision.outcome()).isEqualTo(Decision.Outcome.DENY);
    assertThat(decision.reason()).contains("after hours");
  }

  @Test
  void aQuarantinedAnswerIsADenyEvenWithAnAllow() throws Exception {
    stub = new SentinelStub().answers(200, "{\"decision\": \"allow\", \"quarantined\": true}");

    assertThat(pdp(stub.url()).decide(BUY).outcome()).isEqualTo(Decision.Outcome.DENY);
  }

  @Test
  void aLocallyQuarantinedPrincipalIsDeniedWithoutAsking() throws Exception {
    stub = new SentinelStub().answers(200, "{\"decision\": \"allow\"}");
    AuthorizationRequest quarantined =
        new AuthorizationRequest(
            BUY.principal(), true, BUY.action(), BUY.resource(), BUY.context());

    assertThat(pdp(stub.url()).decide(quarantined).outcome()).isEqualTo(Decision.Outcome.DENY);
    assertThat(stub.lastRequest()).isNull();
  }

  @Test
  void aSlowSentinelIsUnavailable() throws Exception {
    stub = new SentinelStub().hangs().answers(200, "{\"decision\": \"allow\"}");

    Decision decision = pdp(stub.url()).decide(BUY);

    assertThat(decision.outcome()).isEqualTo(Decision.Outcome.UNAVAILABLE);
    assertThat(decision.reason()).contains("in time");
  }

  @Test
  void aSentinelThatIsDownIsUnavailable() throws Exception {
    URI closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    assertThat(pdp(closedPort).decide(BUY).outcome()).isEqualTo(Decision.Outcome.UNAVAILABLE);
  }

  @Test
  void garbageIsUnavailable() throws Exception {
    stub = new SentinelStub().answers(200, "<html>maintenance</html>");

    assertThat(pdp(stub.url()).decide(BUY).outcome()).isEqualTo(Decision.Outcome.UNAVAILABLE);
  }

  @Test
  void anAnswerWithoutADecisionOrWithAnUnknownOneIsUnavailable() throws Exception {
    stub = new SentinelStub().answers(200, "{\"reason\": \"hm\"}");
    assertThat(pdp(stub.url()).decide(BUY).outcome()).isEqualTo(Decision.Outcome.UNAVAILABLE);

    stub.answers(200, "{\"decision\": \"maybe\"}");
    assertThat(pdp(stub.url()).decide(BUY).outcome()).isEqualTo(Decision.Outcome.UNAVAILABLE);
  }

  @Test
  void aServerErrorIsUnavailableEvenWithAnAllowInTheBody() throws Exception {
    stub = new SentinelStub().answers(500, "{\"decision\": \"allow\"}");

    assertThat(pdp(stub.url()).decide(BUY).outcome()).isEqualTo(Decision.Outcome.UNAVAILABLE);
  }

  private static SentinelPolicyDecisionPoint pdp(URI url) {
    return new SentinelPolicyDecisionPoint(
        url, Duration.ofMillis(200), Duration.ofMillis(500), JSON);
  }
}
