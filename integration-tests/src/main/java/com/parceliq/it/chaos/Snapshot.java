package com.parceliq.it.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the API shows of one tenant once the run has settled (or stopped waiting).
 *
 * @param shipments every tracked shipment by id, empty when the API did not find it
 */
record Snapshot(
    ChaosTenant tenant,
    Map<String, Optional<JsonNode>> shipments,
    List<JsonNode> events,
    List<JsonNode> ledger,
    JsonNode wallet) {}
