package com.parceliq.api.scanforms;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.shipments.LabelFormats;
import com.parceliq.api.shipments.LabelLinks;
import com.parceliq.store.ScanFormEntity;
import com.parceliq.store.ScanFormShipmentEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Scan forms as the API shows them, read from the read model for one tenant. */
@ApplicationScoped
public class ScanFormReads {

  @Inject LabelLinks links;

  /** The tenant's scan form; another tenant's reads as unknown (404). */
  @Transactional
  public ScanFormDto view(String tenantId, String scanFormId) {
    ScanFormEntity row =
        ScanFormEntity.findForTenant(tenantId, scanFormId)
            .orElseThrow(() -> ApiException.notFound("scan form", scanFormId));
    // A failed scan form released its shipments: it lists none.
    List<ScanFormShipmentEntity> shipments =
        ScanFormShipmentEntity.ofScanForm(tenantId, scanFormId);
    boolean hasForm = row.formBucket != null && row.formKey != null;
    return new ScanFormDto(
        row.id,
        ScanFormDto.OBJECT,
        row.status,
        row.carrier,
        row.carrierAccountId,
        shipments.stream().map(shipment -> shipment.shipmentId).toList(),
        shipments.stream().map(shipment -> shipment.trackingCode).toList(),
        hasForm ? links.downloadUrl(row.formBucket, row.formKey) : null,
        hasForm ? LabelFormats.mediaType(row.formFormat) : null,
        row.lastErrorMessage,
        row.createdAt,
        row.updatedAt);
  }
}
