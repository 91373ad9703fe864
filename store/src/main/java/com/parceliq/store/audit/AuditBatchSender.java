package com.parceliq.store.audit;

import java.io.IOException;
import java.util.List;

/** Delivers a batch of audit events to a sink; returns only once the sink has accepted them. */
@FunctionalInterface
public interface AuditBatchSender {

  void send(List<AuditEvent> batch) throws IOException;
}
