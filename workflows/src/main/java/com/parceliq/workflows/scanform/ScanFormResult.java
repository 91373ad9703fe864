package com.parceliq.workflows.scanform;

import com.parceliq.workflows.ports.ShipmentProblem;
import java.util.List;

/**
 * How a scan form request ended: created, or refused because of the listed shipments (then nothing
 * was claimed and no carrier was called). A carrier's failure is not a result: the workflow fails
 * with the carrier's error code.
 */
public record ScanFormResult(String scanFormId, List<ShipmentProblem> problems) {

  public ScanFormResult {
    problems = List.copyOf(problems);
  }

  public static ScanFormResult created(String scanFormId) {
    return new ScanFormResult(scanFormId, List.of());
  }

  public boolean isCreated() {
    return problems.isEmpty();
  }
}
