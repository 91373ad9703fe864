package com.parceliq.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.store.StackDatabase;
import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forwarding audit records to a Sentinel stub (a real HTTP server) from the real database: while
 * the sink is down nothing is lost, once it is up every record arrives once, and a record whose
 * transaction commits after later ones is still forwarded. Each test uses a sink name of its own,
 * so its cursor starts from the beginning; assertions look at this test's tenant's records only.
 */
class AuditForwardingIT {

  private final DataSource dataSource = StackDatabase.dataSource();
  private final SentinelStub sentinel = new SentinelStub();
  private final String sink = "it-" + UUID.randomUUID();
  private String tenantId;
  private AuditForwarding forwarding;

  AuditForwardingIT() throws IOException {}

  @BeforeEach
  void tenantAndSink() throws SQLException {
    tenantId = Ids.newId(IdPrefix.TENANT);
    try (Connection owner = dataSource.getConnection()) {
      StackDatabase.insertTenant(owner, tenantId);
    }
    forwarding =
        new AuditForwarding(
            dataSource,
            sink,
            new SentinelEventClient(URI.create(sentinel.baseUrl()), Duration.ofSeconds(2)),
            3);
  }

  @AfterEach
  void stopSentinel() {
    sentinel.close();
  }

  @Test
  void recordsWrittenWhileSentinelIsDownArriveOnceWhenItIsUp() throws Exception {
    List<String> written = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      written.add(insertAuditRecord(dataSource, "purchase_label"));
    }

    assertThatThrownBy(forwarding::forwardAll).isInstanceOf(IOException.class);
    assertThatThrownBy(forwarding::forwardAll).isInstanceOf(IOException.class);

    sentinel.start();
    String later = insertAuditRecord(dataSource, "void_label");
    forwardUntilReceived(8);
    forwarding.forwardAll();

    List<String> expected = new ArrayList<>(written);
    expected.add(later);
    assertThat(receivedIdsOfThisTenant()).containsExactlyElementsOf(expected);
    JsonNode first = receivedOfThisTenant().get(0);
    assertThat(first.path("principal_id").asText()).isEqualTo("key_it");
    assertThat(first.path("action").asText()).isEqualTo("purchase_label");
    assertThat(first.path("decision").asText()).isEqualTo("allow");
    assertThat(first.path("details").path("amount").asText()).isEqualTo("12.34");
    assertThat(first.path("created_at").asText()).endsWith("Z");
  }

  @Test
  void aRecordCommittedAfterLaterOnesIsStillForwarded() throws Exception {
    sentinel.start();
    String early;
    String committedMeanwhile;
    try (Connection slow = dataSource.getConnection()) {
      slow.setAutoCommit(false);
      early = insertAuditRecord(slow, "refund");
      committedMeanwhile = insertAuditRecord(dataSource, "void_label");
      forwarding.forwardAll();
      assertThat(receivedIdsOfThisTenant()).doesNotContain(early);
      slow.commit();
    }
    forwardUntilReceived(2);

    assertThat(receivedIdsOfThisTenant()).containsExactlyInAnyOrder(early, committedMeanwhile);
  }

  /**
   * Forwards until this test's records have arrived: a transaction of the running stack that is
   * open at that moment holds the horizon back for a moment (that is the point of it).
   */
  private void forwardUntilReceived(int records) throws Exception {
    for (int attempt = 0; attempt < 100 && receivedOfThisTenant().size() < records; attempt++) {
      forwarding.forwardAll();
      if (receivedOfThisTenant().size() < records) {
        Thread.sleep(100);
      }
    }
  }

  private List<JsonNode> receivedOfThisTenant() {
    return sentinel.received().stream()
        .filter(event -> tenantId.equals(event.path("tenant_id").asText()))
        .toList();
  }

  private List<String> receivedIdsOfThisTenant() {
    return receivedOfThisTenant().stream().map(event -> event.path("id").asText()).toList();
  }

  private String insertAuditRecord(DataSource source, String action) throws SQLException {
    try (Connection connection = source.getConnection()) {
      return insertAuditRecord(connection, action);
    }
  }

  private String insertAuditRecord(Connection connection, String action) throws SQLException {
    String id = Ids.newId(IdPrefix.AUDIT_RECORD);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into audit_records (id, tenant_id, actor, action, resource_type,"
                + " resource_id, details, decision)"
                + " values (?, ?, 'key_it', ?, 'shipment', 'shp_it', '{\"amount\": \"12.34\"}',"
                + " 'allow')")) {
      insert.setString(1, id);
      insert.setString(2, tenantId);
      insert.setString(3, action);
      insert.executeUpdate();
    }
    return id;
  }
}
