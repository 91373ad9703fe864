package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;

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
    try (WebhookReceiver receiver = WebhookReceiver.start(webhookSecret)) {
      Webhooks.register(tenant, receiver, webhookSecret);
      String eventId = Webhooks.newEvent(tenant, "secrets-not-logged");
      Webhooks.awaitDelivered(receiver, List.of(eventId));
    }

    ServiceLogs.assertNoneContains(
        Map.of(
            "the tenant's API key",
            tenant.apiKey(),
            "the platform admin key",
            TestStack.config().adminKey(),
            "a wrong API key",
            wrongKey,
            "a webhook signing secret",
            webhookSecret));
  }
}
