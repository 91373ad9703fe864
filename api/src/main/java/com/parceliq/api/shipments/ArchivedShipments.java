package com.parceliq.api.shipments;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.api.archive.ArchiveReadSettings;
import com.parceliq.api.archive.ArchiveReader;
import com.parceliq.api.archive.ArchivedRows;
import com.parceliq.api.error.ApiException;
import com.parceliq.store.RateEntity;
import com.parceliq.store.ShipmentEntity;
import com.parceliq.store.archive.ArchivedShipment;
import com.parceliq.store.archive.ShipmentArchiveEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Archived shipments as the API shows them: read back from S3 through the tenant's archive index
 * (row-level security keeps other tenants' entries out), rehydrated into the hot read model's
 * entities and rendered by {@link ShipmentRenderer}, marked {@code archived}.
 */
@ApplicationScoped
public class ArchivedShipments {

  @Inject ArchiveReader reader;
  @Inject ArchiveReadSettings settings;
  @Inject LabelLinks labelLinks;

  public Optional<ShipmentDto> view(String tenantId, String shipmentId) {
    return ShipmentArchiveEntry.findForTenant(tenantId, shipmentId)
        .map(entry -> render(reader.read(entry), labelLinks));
  }

  /** The archived document of the tenant's shipment, read from S3; empty if it is not archived. */
  public Optional<ArchivedShipment> document(String tenantId, String shipmentId) {
    return ShipmentArchiveEntry.findForTenant(tenantId, shipmentId).map(reader::read);
  }

  /**
   * The entries' shipments, keyed by id, read from S3 in parallel (bounded by {@code
   * parceliq.api.archive.parallel-reads}); any unreadable one makes the whole page unavailable.
   */
  public Map<String, ShipmentDto> viewAll(List<ShipmentArchiveEntry> entries) {
    if (entries.isEmpty()) {
      return Map.of();
    }
    Semaphore permits = new Semaphore(Math.max(1, settings.parallelReads()));
    List<Future<ShipmentDto>> reads = new ArrayList<>();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (ShipmentArchiveEntry entry : entries) {
        reads.add(executor.submit(() -> readBounded(entry, permits)));
      }
      List<ShipmentDto> shipments = new ArrayList<>();
      for (Future<ShipmentDto> read : reads) {
        shipments.add(result(read));
      }
      return shipments.stream().collect(Collectors.toMap(ShipmentDto::id, Function.identity()));
    }
  }

  private ShipmentDto readBounded(ShipmentArchiveEntry entry, Semaphore permits)
      throws InterruptedException {
    permits.acquire();
    try {
      return render(reader.read(entry), labelLinks);
    } finally {
      permits.release();
    }
  }

  private static ShipmentDto result(Future<ShipmentDto> read) {
    try {
      return read.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted reading the archive", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ApiException refusal) {
        throw refusal;
      }
      throw new IllegalStateException("reading the archive failed", e.getCause());
    }
  }

  /** The document's rows as the hot rendering would show them, marked archived. */
  static ShipmentDto render(ArchivedShipment document, LabelLinks labelLinks) {
    ShipmentEntity shipment = ArchivedRows.toEntity(document.shipment(), ShipmentEntity.class);
    List<RateEntity> rates =
        (document.rates() == null ? List.<JsonNode>of() : document.rates())
            .stream()
                .map(row -> ArchivedRows.toEntity(row, RateEntity.class))
                // The hot read orders rates the same way (RateEntity.forShipment).
                .sorted(
                    Comparator.comparing((RateEntity rate) -> rate.amount)
                        .thenComparing(rate -> rate.id))
                .toList();
    return ShipmentRenderer.render(shipment, rates, labelLinks, true);
  }
}
