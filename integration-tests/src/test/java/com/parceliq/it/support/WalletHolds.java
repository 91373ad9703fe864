package com.parceliq.it.support;

import java.math.BigDecimal;

/** The wallet's {@code held} amount: what purchases in flight have set aside. */
public final class WalletHolds {

  private WalletHolds() {}

  public static BigDecimal of(Tenant tenant) {
    return Json.money(tenant.get("/v1/wallet").send().expect(200), "held");
  }
}
