package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;

import com.parceliq.it.support.IdentityProvider;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.ServiceLogs;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import com.parceliq.it.support.WebhookReceiver;
import com.parceliq.it.support.Webhooks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of secret ParcelIQ handles is used the way a client uses it, successfully and not, and
 * then no service's log holds any of them: keys, the platform admin key, a wrong key, and a webhook
 * signing secret that signed a real delivery.
 */
class SecretsNotLoggedIT {

  @Test
  void noServiceLogHoldsAKeyOrASigningSecretAfterTheyWereUsed() {
    Tenant tenant = TestStack.newTenant();
    String wrongKey = "piq_" + "0".repeat(56) + Unique.key("x").replaceAll("[^0-9a-f]", "");
    String webhookSecret = "whsec_" + Unique.key("logs").replaceAll("[^0-9a-z]", "") + "0123456789";

    assertError(
        TestStack.api().get("/v1/shipments").bearer(wrongKey).send(), 401, "AUTH.UNAUTHENTICATED");
    String createdKey =
        tenant
            .post("/v1/api_keys")
            .json(Json.object().put("role", "viewer"))
            .send()
            .expect(201)
            .path("key")
            .asText();
    TestStack.api().get("/v1/shipments").bearer(createdKey).send().expect(200);
    String accessToken =
        IdentityProvider.ofTestStack().token("secrets-user", tenant.id(), "viewer");
    TestStack.api().get("/v1/shipments").bearer(accessToken).send().expect(200);
    try (WebhookReceiver receiver = WebhookReceiver.start(webhookSecret)) {
      Webhooks.register(tenant, receiver, webhookSecret);
      String eventId = Webhooks.newEvent(tenant, "secrets-not-logged");
      Webhooks.awaitDelivered(receiver, List.of(eventId));
    }

    ServiceLogs.assertNoneContains(
        Map.of(
            "the tenant's API key",
            tenant.apiKey(),
            "a created API key",
            createdKey,
            "an OIDC access token",
            accessToken,
            "the platform admin key",
            TestStack.config().adminKey(),
            "a wrong API key",
            wrongKey,
            "a webhook signing secret",
            webhookSecret));
  }
}
