package com.parceliq.activities.archival;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.store.archive.ArchiveMembers;
import com.parceliq.store.archive.ArchivedShipment;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A page's object: one gzip member per document line, concatenated (so the whole is an ordinary
 * {@code .jsonl.gz} and each document a ranged read), and its key, which names the tenant, the day,
 * the first shipment and the content's hash, so two different pages never share a key.
 */
record PageObject(String key, byte[] bytes, String sha256, List<PageMember> members) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

  static PageObject of(
      ObjectMapper json,
      String tenantId,
      String runId,
      Instant archivedAt,
      List<PageDocument> documents) {
    ByteArrayOutputStream object = new ByteArrayOutputStream();
    List<PageMember> members = new ArrayList<>(documents.size());
    for (PageDocument document : documents) {
      byte[] line = line(json, archived(json, tenantId, runId, archivedAt, document));
      byte[] member = ArchiveMembers.compress(line);
      members.add(
          new PageMember(
              document.shipmentId(),
              document.updatedAt(),
              object.size(),
              member.length,
              ArchiveMembers.sha256Hex(line)));
      object.writeBytes(member);
    }
    byte[] bytes = object.toByteArray();
    String sha256 = ArchiveMembers.sha256Hex(bytes);
    String key =
        "shipments/%s/%s/%s-%s.jsonl.gz"
            .formatted(
                tenantId,
                DAY.format(archivedAt),
                documents.getFirst().shipmentId(),
                sha256.substring(0, 16));
    return new PageObject(key, bytes, sha256, List.copyOf(members));
  }

  PageCheckpoint checkpoint(String bucket) {
    return new PageCheckpoint(bucket, key, sha256, bytes.length, members);
  }

  private static ArchivedShipment archived(
      ObjectMapper json, String tenantId, String runId, Instant archivedAt, PageDocument document) {
    JsonNode built;
    try {
      built = json.readTree(document.documentJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("PostgreSQL built an unreadable document", e);
    }
    JsonNode tracker = built.path("tracker");
    return new ArchivedShipment(
        ArchivedShipment.FORMAT,
        tenantId,
        document.shipmentId(),
        runId,
        archivedAt,
        built.get("shipment"),
        nodes(built.path("rates")),
        tracker.isMissingNode() || tracker.isNull() ? null : tracker,
        nodes(built.path("events")),
        nodes(built.path("ledger_transactions")),
        texts(built.path("batch_ids")),
        texts(built.path("scan_form_ids")),
        texts(built.path("pickup_ids")));
  }

  private static byte[] line(ObjectMapper json, ArchivedShipment shipment) {
    try {
      String text = json.writeValueAsString(shipment) + "\n";
      return text.getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write archive document", e);
    }
  }

  private static List<JsonNode> nodes(JsonNode array) {
    List<JsonNode> nodes = new ArrayList<>();
    array.forEach(nodes::add);
    return nodes;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
