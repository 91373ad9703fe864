package com.parceliq.simulator.handlers;

import com.parceliq.simulator.labels.LabelContent;
import com.parceliq.simulator.labels.LabelRenderer;
import com.parceliq.simulator.model.PurchaseBody;
import com.parceliq.simulator.rates.Quote;
import com.parceliq.simulator.rates.RateTable;
import com.parceliq.simulator.state.LabelRecord;
import com.parceliq.simulator.state.LabelStore;
import java.time.Instant;

/** Prices and renders a new label once the store has picked its id and tracking code. */
final class LabelFactory implements LabelStore.PurchaseFactory {

  private final ValidPurchase purchase;
  private final Instant now;

  LabelFactory(ValidPurchase purchase, Instant now) {
    this.purchase = purchase;
    this.now = now;
  }

  @Override
  public LabelRecord.Purchase build(String id, String trackingCode, long sequence) {
    PurchaseBody body = purchase.body();
    Quote quote =
        RateTable.quote(
            purchase.service(),
            body.parcel().weightOz(),
            body.fromAddress().zip(),
            body.toAddress().zip());
    byte[] file =
        LabelRenderer.render(
            purchase.format(),
            new LabelContent(
                trackingCode,
                purchase.service().wireName(),
                body.fromAddress(),
                body.toAddress(),
                body.parcel().weightOz()));
    return new LabelRecord.Purchase(
        id,
        trackingCode,
        sequence,
        body.fromAddress(),
        body.toAddress(),
        body.parcel(),
        body.reference(),
        purchase.triggers(),
        quote,
        purchase.format(),
        file,
        now);
  }
}
