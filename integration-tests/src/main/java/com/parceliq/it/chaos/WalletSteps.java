package com.parceliq.it.chaos;

import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/** Wallet top-ups, counted as confirmed only on the API's definitive 201. */
final class WalletSteps {

  private final Client client;
  private final Counts operations;
  private final ClientSteps answers;
  private final Duration budget;

  WalletSteps(Client client, Counts operations, ClientSteps answers, Duration budget) {
    this.client = client;
    this.operations = operations;
    this.answers = answers;
    this.budget = budget;
  }

  /** Tops the wallet up; a deposit without an answer keeps its key for the settle phase. */
  void deposit(ChaosTenant tenant, BigDecimal amount) {
    operations.add("deposit");
    String key = Unique.key("chaos-deposit");
    if (!resolveDeposit(tenant, key, amount, budget)) {
      tenant.depositUnconfirmed(key);
    }
  }

  /** Whether the deposit got a definitive answer (counted when it was 201). */
  boolean resolveDeposit(ChaosTenant tenant, String key, BigDecimal amount, Duration within) {
    Optional<ApiResponse> answer =
        client.untilDefinitive(
            () -> tenant.api().depositRequest(amount.toPlainString(), key),
            Client::settled,
            within);
    if (answer.isPresent() && answers.expected(answer.get(), "deposit", 201)) {
      tenant.depositConfirmed(amount);
    }
    return answer.isPresent();
  }
}
