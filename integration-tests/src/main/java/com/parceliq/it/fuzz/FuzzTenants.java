package com.parceliq.it.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.it.support.ApiClient;
import com.parceliq.it.support.Platform;
import com.parceliq.it.support.StackConfig;
import com.parceliq.it.support.StackDatabase;
import com.parceliq.it.support.Tenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tenants of {@code ./parceliq fuzz} (dev-services/lib/fuzz.sh), before and after schemathesis
 * runs:
 *
 * <ul>
 *   <li>{@code setup <file>}: creates an attacker tenant (whose key the fuzzer sends) and a victim
 *       tenant with data, waits until the victim's rows are at rest, and writes the attacker's key,
 *       the victim's ids (for the hooks' path parameters) and the digest of its rows;
 *   <li>{@code verify <file>}: digests the victim's rows again and exits 1 naming every table that
 *       changed: a request of the attacker reached another tenant's data.
 * </ul>
 */
public final class FuzzTenants {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FuzzTenants() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2 || !List.of("setup", "verify").contains(args[0])) {
      System.err.println("usage: FuzzTenants setup|verify <targets.json>");
      System.exit(2);
    }
    Path file = Path.of(args[1]);
    TenantRowsDigest digest = new TenantRowsDigest(StackDatabase.fromEnvironment());
    if (args[0].equals("setup")) {
      setup(file, digest);
    } else {
      System.exit(verify(file, digest) ? 0 : 1);
    }
  }

  private static void setup(Path file, TenantRowsDigest digest) throws Exception {
    StackConfig stack = StackConfig.forDevelopmentStack();
    Platform platform = new Platform(new ApiClient(stack.apiUrl()), stack.adminKey());
    Tenant attacker = platform.newTenant();
    Tenant victimTenant = platform.newTenant();
    VictimTenant victim = new VictimTenant(victimTenant);
    victim.seed();
    Map<String, List<String>> ids = victim.idsByCollection();
    Map<String, String> before =
        RestingDigest.await(digest, victimTenant.id(), ids.get("principals"));

    ObjectNode targets = JSON.createObjectNode();
    targets.put("attacker_key", attacker.apiKey());
    targets.put("attacker_tenant_id", attacker.id());
    targets.put("victim_tenant_id", victimTenant.id());
    targets.set("victim_ids", JSON.valueToTree(ids));
    targets.set("victim_digest", JSON.valueToTree(before));
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(targets));
    int count = ids.values().stream().mapToInt(List::size).sum();
    System.out.printf(
        "fuzz: attacker %s, victim %s with %d ids over %d tables%n",
        attacker.id(), victimTenant.id(), count, before.size());
  }

  private static boolean verify(Path file, TenantRowsDigest digest) throws Exception {
    JsonNode targets = JSON.readTree(file.toFile());
    List<String> principals = new ArrayList<>();
    targets.path("victim_ids").path("principals").forEach(id -> principals.add(id.asText()));
    Map<String, String> before = new TreeMap<>();
    targets
        .path("victim_digest")
        .properties()
        .forEach(e -> before.put(e.getKey(), e.getValue().asText()));
    Map<String, String> after = digest.of(targets.path("victim_tenant_id").asText(), principals);
    List<String> changed = new ArrayList<>();
    after.forEach(
        (table, value) -> {
          if (!value.equals(before.get(table))) {
            changed.add(table + " (" + before.get(table) + " -> " + value + ")");
          }
        });
    if (changed.isEmpty()) {
      System.out.printf("fuzz: the victim's rows are unchanged in %d tables%n", after.size());
      return true;
    }
    System.out.println("fuzz: the victim's rows CHANGED in: " + String.join(", ", changed));
    return false;
  }
}
