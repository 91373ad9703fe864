package com.parceliq.activities.claims;

import com.parceliq.activities.carrier.CarrierAccountPlugins;
import com.parceliq.activities.carrier.CarrierAccountPlugins.Use;
import com.parceliq.activities.carrier.CarrierCalls;
import com.parceliq.activities.carrier.CarrierFailureMapper;
import com.parceliq.carrier.spi.Capability;
import com.parceliq.carrier.spi.CarrierClaim;
import com.parceliq.carrier.spi.CarrierException;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.carrier.spi.ClaimRequest;
import com.parceliq.workflows.ports.CarrierClaimAnswer;
import com.parceliq.workflows.ports.ClaimCarrierActivities;
import com.parceliq.workflows.ports.ClaimFiling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Claim calls through the carrier's plugin, on the account the label was bought with (a deleted
 * account still serves a label bought on it); runs on the carrier's own task queue, through {@link
 * CarrierCalls}. A carrier without the claims capability is not called: the claim goes to an
 * operator.
 */
@ApplicationScoped
public class ClaimCarrierActivitiesImpl implements ClaimCarrierActivities {

  private final CarrierAccountPlugins plugins;
  private final CarrierCalls calls;

  @Inject
  public ClaimCarrierActivitiesImpl(CarrierAccountPlugins plugins, CarrierCalls calls) {
    this.plugins = plugins;
    this.calls = calls;
  }

  @Override
  public CarrierClaimAnswer fileClaimWithCarrier(ClaimFiling filing) {
    CarrierPlugin plugin = plugin(filing);
    if (!plugin.descriptor().supports(Capability.CLAIMS)) {
      return CarrierClaimAnswer.manual();
    }
    ClaimRequest request =
        new ClaimRequest(
            filing.claimId(),
            filing.trackingCode(),
            filing.type(),
            filing.amount(),
            filing.description());
    return answer(call(filing.carrier(), "file_claim", () -> plugin.fileClaim(request)));
  }

  @Override
  public CarrierClaimAnswer checkClaimWithCarrier(ClaimFiling filing, String carrierClaimId) {
    CarrierPlugin plugin = plugin(filing);
    return answer(call(filing.carrier(), "claim_status", () -> plugin.claimStatus(carrierClaimId)));
  }

  private CarrierPlugin plugin(ClaimFiling filing) {
    return plugins.plugin(
        filing.tenantId(), filing.carrier(), filing.carrierAccountId(), Use.FOLLOW_UP);
  }

  private static CarrierClaimAnswer answer(CarrierClaim claim) {
    return new CarrierClaimAnswer(
        claim.claimId(),
        claim.status().name().toLowerCase(Locale.ROOT),
        claim.approvedAmount(),
        claim.reason());
  }

  private <T> T call(String carrier, String operation, Supplier<T> carrierCall) {
    try {
      return calls.call(carrier, operation, carrierCall);
    } catch (CarrierException e) {
      throw CarrierFailureMapper.toFailure(e);
    }
  }
}
