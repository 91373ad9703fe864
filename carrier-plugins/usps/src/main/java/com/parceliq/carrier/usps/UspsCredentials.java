package com.parceliq.carrier.usps;

import com.parceliq.carrier.spi.CarrierAccount;
import java.util.List;

/**
 * The credential fields a tenant's USPS carrier account holds, exactly as stored:
 *
 * <ul>
 *   <li>{@code client_id}, {@code client_secret}: the USPS Developer Portal app's Consumer Key and
 *       Consumer Secret (OAuth client credentials).
 *   <li>{@code crid}: the Customer Registration ID (CRID) of the business.
 *   <li>{@code mid}: the Mailer ID (MID) printed into the label barcodes.
 *   <li>{@code manifest_mid}: the Mailer ID the shipping services files are manifested under; USPS
 *       accepts the label MID here, so an empty value falls back to {@code mid}.
 *   <li>{@code eps_account_number}: the Enterprise Payment System account that pays for labels (and
 *       that commercial prices are quoted for).
 * </ul>
 */
final class UspsCredentials {

  static final String CLIENT_ID = "client_id";
  static final String CLIENT_SECRET = "client_secret";
  static final String CRID = "crid";
  static final String MID = "mid";
  static final String MANIFEST_MID = "manifest_mid";
  static final String EPS_ACCOUNT_NUMBER = "eps_account_number";

  static final List<String> FIELDS =
      List.of(CLIENT_ID, CLIENT_SECRET, CRID, MID, MANIFEST_MID, EPS_ACCOUNT_NUMBER);

  private UspsCredentials() {}

  static String require(CarrierAccount account, String field) {
    return account.requireCredential(UspsCarrierPlugin.CODE, field);
  }

  static String manifestMid(CarrierAccount account) {
    return account.credential(MANIFEST_MID).orElseGet(() -> require(account, MID));
  }
}
