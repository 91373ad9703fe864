package com.parceliq.simulator.state;

import com.parceliq.simulator.http.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Closes labels out into manifests. One lock for all manifests: checking every label and then
 * assigning them must be atomic, or two manifests could claim the same label.
 */
public final class Manifests {

  private final ReentrantLock lock = new ReentrantLock();

  /**
   * Puts every label of {@code trackingCodes} on manifest {@code manifestId}, or none of them: the
   * answer lists the codes that are unknown, voided or already on a manifest.
   */
  public List<FieldError> close(LabelStore labels, String manifestId, List<String> trackingCodes) {
    lock.lock();
    try {
      List<FieldError> problems = new ArrayList<>();
      List<LabelRecord> found = new ArrayList<>();
      for (int i = 0; i < trackingCodes.size(); i++) {
        String field = "tracking_codes[" + i + "]";
        Optional<LabelRecord> label = labels.find(trackingCodes.get(i));
        if (label.isEmpty()) {
          problems.add(new FieldError(field, "unknown tracking code " + trackingCodes.get(i)));
        } else if (label.get().voidedAt().isPresent()) {
          problems.add(new FieldError(field, "label " + trackingCodes.get(i) + " is voided"));
        } else if (label.get().manifestId().isPresent()) {
          problems.add(
              new FieldError(field, "already on manifest " + label.get().manifestId().get()));
        } else {
          found.add(label.get());
        }
      }
      if (problems.isEmpty()) {
        found.forEach(label -> label.assignManifest(manifestId));
      }
      return problems;
    } finally {
      lock.unlock();
    }
  }
}
