package com.parceliq.api.wallet;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.http.RequestBodies;
import com.parceliq.api.idempotency.IdempotentPosts;
import com.parceliq.domain.Money;
import com.parceliq.store.LedgerAccounts;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;

@Path("/v1/wallet")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wallet", description = "The prepaid balance that label purchases draw on")
public class WalletResource {

  @Inject CallerContext caller;
  @Inject IdempotentPosts idempotency;
  @Inject DepositCommands deposits;

  @GET
  @RouteAction(value = Action.READ, resource = ResourceType.WALLET)
  @Operation(
      summary = "Show the wallet balance (derived from the ledger)",
      description =
          "`balance` is the available balance, what purchases may draw on; `held` is the amount"
              + " set aside for purchases in flight. A purchase holds its quoted price, then"
              + " settles against the carrier's actual charge (the difference returns to or comes"
              + " from `balance`); a failed purchase releases its hold. Both are decimal strings"
              + " derived from the ledger's postings.")
  public WalletDto wallet() {
    String tenantId = caller.tenantId();
    String balance = LedgerAccounts.walletBalance(tenantId, Money.USD).toPlainString();
    String held = LedgerAccounts.heldBalance(tenantId, Money.USD).toPlainString();
    return new WalletDto(WalletDto.OBJECT, balance, held, Money.USD);
  }

  @POST
  @RouteAction(value = Action.MANAGE_BILLING, resource = ResourceType.WALLET)
  @Path("/deposits")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add funds to the wallet",
      description = "USD only. With an Idempotency-Key a retried deposit is never posted twice.")
  public Response deposit(
      @Valid DepositBody body, @RestHeader(IdempotentPosts.KEY_HEADER) String idempotencyKey) {
    Money amount = DepositAmounts.of(RequestBodies.require(body));
    String tenantId = caller.tenantId();
    String key = IdempotentPosts.idempotencyKey(idempotencyKey).orElse(null);
    return idempotency.execute(
        body,
        () ->
            Response.status(Response.Status.CREATED)
                .entity(deposits.deposit(tenantId, amount, key))
                .build());
  }
}
