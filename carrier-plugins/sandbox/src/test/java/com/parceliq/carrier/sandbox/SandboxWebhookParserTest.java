package com.parceliq.carrier.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.carrier.spi.CarrierWebhookException;
import com.parceliq.carrier.spi.CarrierWebhookParser;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.carrier.spi.TrackingStatus;
import com.parceliq.simulator.webhook.PushSigner;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The sandbox push as the simulator signs it, verified and read by the plugin's parser. */
class SandboxWebhookParserTest {

  private static final String SECRET = "whsec_sandbox_test";
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final String BODY =
      """
      {"id":"sbxevt_1","event":"tracking.updated","occurred_at":"2026-03-02T09:59:00Z",
       "tracking":{"tracking_code":"SBX123","shipment_id":"sbx_shp_1","status":"in_transit",
         "est_delivery_at":null,"events":[
           {"status":"pre_transit","message":"Shipping label created","location":"Springfield, IL",
            "occurred_at":"2026-03-02T09:58:00Z"},
           {"status":"in_transit","message":"Accepted at origin facility",
            "location":"Springfield, IL","occurred_at":"2026-03-02T09:59:00Z"}]}}
      """;

  private final SandboxWebhookParser parser = new SandboxWebhookParser();

  @Test
  void aPushSignedWithTheSharedSecretIsReadAsTracking() {
    byte[] body = bytes(BODY);

    List<TrackingInfo> tracking = parser.parse(signed(body, SECRET, NOW), body, SECRET, NOW);

    assertThat(tracking).hasSize(1);
    assertThat(tracking.getFirst().trackingCode()).isEqualTo("SBX123");
    assertThat(tracking.getFirst().status()).isEqualTo(TrackingStatus.IN_TRANSIT);
    assertThat(tracking.getFirst().events())
        .extracting(event -> event.status())
        .containsExactly(TrackingStatus.PRE_TRANSIT, TrackingStatus.IN_TRANSIT);
  }

  @Test
  void aForgedSignatureIsUnauthenticated() {
    byte[] body = bytes(BODY);

    assertThatThrownBy(() -> parser.parse(signed(body, "not-the-secret", NOW), body, SECRET, NOW))
        .isInstanceOfSatisfying(
            CarrierWebhookException.class,
            e -> assertThat(e.kind()).isEqualTo(CarrierWebhookException.Kind.UNAUTHENTICATED));
  }

  @Test
  void aBodyChangedAfterSigningIsUnauthenticated() {
    Map<String, String> headers = signed(bytes(BODY), SECRET, NOW);
    byte[] tampered = bytes(BODY.replace("in_transit\",\n", "delivered\",\n"));

    assertThatThrownBy(() -> parser.parse(headers, tampered, SECRET, NOW))
        .isInstanceOfSatisfying(
            CarrierWebhookException.class,
            e -> assertThat(e.kind()).isEqualTo(CarrierWebhookException.Kind.UNAUTHENTICATED));
  }

  @Test
  void aSignatureOlderThanFiveMinutesIsUnauthenticated() {
    byte[] body = bytes(BODY);
    Map<String, String> headers = signed(body, SECRET, NOW.minusSeconds(301));

    assertThatThrownBy(() -> parser.parse(headers, body, SECRET, NOW))
        .isInstanceOfSatisfying(
            CarrierWebhookException.class,
            e -> assertThat(e.kind()).isEqualTo(CarrierWebhookException.Kind.UNAUTHENTICATED));
  }

  @Test
  void aMissingSignatureIsUnauthenticated() {
    assertThatThrownBy(() -> parser.parse(Map.of(), bytes(BODY), SECRET, NOW))
        .isInstanceOfSatisfying(
            CarrierWebhookException.class,
            e -> assertThat(e.kind()).isEqualTo(CarrierWebhookException.Kind.UNAUTHENTICATED));
  }

  @Test
  void aSignedBodyThatIsNotATrackingPushIsMalformed() {
    for (String malformed :
        List.of("not json", "{\"event\":\"label.created\"}", "{\"event\":\"tracking.updated\"}")) {
      byte[] body = bytes(malformed);
      assertThatThrownBy(() -> parser.parse(signed(body, SECRET, NOW), body, SECRET, NOW))
          .isInstanceOfSatisfying(
              CarrierWebhookException.class,
              e -> assertThat(e.kind()).isEqualTo(CarrierWebhookException.Kind.MALFORMED));
    }
  }

  @Test
  void theParserIsDiscoveredForTheSandboxCarrier() {
    assertThat(
            ServiceLoader.load(CarrierWebhookParser.class).stream().map(p -> p.get().carrierCode()))
        .contains("sandbox");
  }

  private static Map<String, String> signed(byte[] body, String secret, Instant at) {
    String signature = new PushSigner(secret, Clock.fixed(at, ZoneOffset.UTC)).signature(body);
    return Map.of(SandboxWebhookParser.SIGNATURE_HEADER, signature);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
