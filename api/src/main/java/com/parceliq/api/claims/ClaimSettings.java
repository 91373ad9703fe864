package com.parceliq.api.claims;

import com.parceliq.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Claim settings. The API starts each claim's workflow, so it reads the workflow's timings here and
 * passes them in the workflow's input (workflow code reads no configuration).
 */
@ApplicationScoped
public class ClaimSettings {

  /** The most one claim may ask for. */
  @ConfigProperty(name = "parceliq.claims.max-amount", defaultValue = "5000.00")
  BigDecimal maxAmount;

  /** How often the carrier is asked for its decision on a filed claim. */
  @ConfigProperty(name = "parceliq.claims.carrier-poll-interval", defaultValue = "PT6H")
  Duration carrierPollInterval;

  /** How long a claim waits for a decision before it is flagged for an operator. */
  @ConfigProperty(name = "parceliq.claims.decision-deadline", defaultValue = "P30D")
  Duration decisionDeadline;

  public Money maxAmount() {
    return Money.usd(maxAmount.toPlainString());
  }

  public Duration carrierPollInterval() {
    return carrierPollInterval;
  }

  public Duration decisionDeadline() {
    return decisionDeadline;
  }
}
