package com.parceliq.workflows.shipment;

import com.parceliq.workflows.ports.BoughtLabelSummary;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.ports.StoredLabel;

/** What a completed purchase saga produced. */
record Purchase(BoughtLabelSummary label, StoredLabel storedLabel, LedgerReceipt charge) {}
