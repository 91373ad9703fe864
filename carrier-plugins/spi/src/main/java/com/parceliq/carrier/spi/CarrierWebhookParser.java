package com.parceliq.carrier.spi;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Reads a carrier's tracking webhook: verifies its signature the carrier's way and turns the body
 * into normalized tracking. Discovered with {@link java.util.ServiceLoader} ({@code
 * META-INF/services/com.parceliq.carrier.spi.CarrierWebhookParser}); it needs no carrier account,
 * only the secret the platform shares with the carrier, so the API can verify a push before it
 * knows whose parcel it is.
 */
public interface CarrierWebhookParser {

  /** The carrier code whose pushes this reads ({@code sandbox}, {@code ups}...). */
  String carrierCode();

  /**
   * The tracking updates in {@code rawBody}, once its signature checks out against {@code secret}.
   *
   * @param headers request headers, names in lower case
   * @param now the receiver's clock, to refuse a replayed old push
   * @throws CarrierWebhookException UNAUTHENTICATED for a missing, forged or stale signature,
   *     MALFORMED for a body that is not the carrier's push
   */
  List<TrackingInfo> parse(Map<String, String> headers, byte[] rawBody, String secret, Instant now);
}
