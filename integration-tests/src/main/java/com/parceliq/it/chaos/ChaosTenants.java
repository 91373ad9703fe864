package com.parceliq.it.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.Platform;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.WebhookReceiver;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The run's tenants, made before any fault: each with a funded wallet and a webhook to a receiver
 * of its own (own port, own secret), so a delivery to the wrong tenant would fail verification.
 */
final class ChaosTenants {

  static final BigDecimal OPENING_DEPOSIT = new BigDecimal("20000.00");

  private ChaosTenants() {}

  static List<ChaosTenant> create(Platform platform, int count) {
    List<ChaosTenant> tenants = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Tenant tenant = platform.newTenant();
      String secret = "whsec_chaos_" + UUID.randomUUID();
      WebhookReceiver receiver = WebhookReceiver.start(secret);
      JsonNode webhook =
          tenant
              .post("/v1/webhooks")
              .json(Json.object().put("url", receiver.url()).put("secret", secret))
              .send()
              .expect(201);
      Instant since = Instant.parse(webhook.path("created_at").asText());
      ChaosTenant chaos = new ChaosTenant(tenant, receiver, since);
      tenant.deposit(OPENING_DEPOSIT.toPlainString());
      chaos.depositConfirmed(OPENING_DEPOSIT);
      tenants.add(chaos);
    }
    return tenants;
  }
}
