package com.parceliq.api.shipments;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/** How purchases started through this API behave; checked at startup. */
@ConfigMapping(prefix = "parceliq.purchase")
public interface PurchaseSettings {

  /**
   * Carrier attempts before a purchase parks for an operator. The backoff doubles from 1 s up to 30
   * s between attempts, so 8 rides out about 90 s of carrier outage.
   */
  @WithDefault("8")
  @Positive
  @Max(100)
  int carrierAttempts();
}
