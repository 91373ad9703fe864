package com.parceliq.api.authz.cedar;

import com.cedarpolicy.model.policy.Policy;
import com.cedarpolicy.model.policy.PolicySet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of static Cedar policies with unique ids and a readable label for each (its
 * {@code @id("...")} annotation, else its position), so that a decision can say which policy made
 * it.
 */
public record CedarPolicies(List<Policy> policies, Map<String, String> labels) {

  public CedarPolicies {
    policies = List.copyOf(policies);
    labels = Map.copyOf(labels);
  }

  public static CedarPolicies empty() {
    return new CedarPolicies(List.of(), Map.of());
  }

  public CedarPolicies plus(CedarPolicies more) {
    List<Policy> all = new java.util.ArrayList<>(policies);
    all.addAll(more.policies);
    Map<String, String> allLabels = new HashMap<>(labels);
    allLabels.putAll(more.labels);
    return new CedarPolicies(all, allLabels);
  }

  public PolicySet toPolicySet() {
    Set<Policy> set = new HashSet<>(policies);
    return new PolicySet(set);
  }

  public String label(String policyId) {
    return labels.getOrDefault(policyId, policyId);
  }
}
