package com.parceliq.api.authz.cedar;

import com.cedarpolicy.model.exception.InternalException;
import com.cedarpolicy.model.policy.Policy;
import com.cedarpolicy.model.policy.PolicySet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses Cedar policy text into static policies whose ids carry a prefix ({@code base.} or {@code
 * tenant.}), so that the base and a tenant's policies combine into one set without clashing ids.
 * Templates are refused: nothing links them, and an unlinked template would silently do nothing.
 */
public final class CedarPolicyText {

  /** What cedar-java puts before every parser message; the rest is the parser's own words. */
  private static final String[] NOISE = {"Internal error: ", "Internal JNI Error: "};

  private CedarPolicyText() {}

  public static CedarPolicies parse(String text, String idPrefix)
      throws InvalidPolicyTextException {
    if (text == null || text.isBlank()) {
      return CedarPolicies.empty();
    }
    PolicySet parsed;
    try {
      parsed = PolicySet.parsePolicies(text);
    } catch (InternalException | RuntimeException e) {
      throw new InvalidPolicyTextException(parserMessage(e.getMessage()));
    }
    if (!parsed.templates.isEmpty()) {
      throw new InvalidPolicyTextException(
          "policy templates (?principal, ?resource) are not supported; write static policies");
    }
    List<Policy> policies = new ArrayList<>();
    Map<String, String> labels = new HashMap<>();
    List<Policy> inOrder = new ArrayList<>(parsed.policies);
    inOrder.sort(java.util.Comparator.comparingInt(p -> position(p.policyID)));
    for (int i = 0; i < inOrder.size(); i++) {
      Policy policy = inOrder.get(i);
      String id = idPrefix + i;
      policies.add(new Policy(policy.policySrc, id));
      labels.put(id, idPrefix + annotatedId(policy).orElse(String.valueOf(i)));
    }
    return new CedarPolicies(policies, labels);
  }

  static String parserMessage(String message) {
    String cleaned = message == null ? "unparseable Cedar" : message;
    for (String noise : NOISE) {
      if (cleaned.startsWith(noise)) {
        cleaned = cleaned.substring(noise.length());
      }
    }
    return cleaned;
  }

  private static java.util.Optional<String> annotatedId(Policy policy) {
    try {
      return java.util.Optional.ofNullable(policy.getAnnotations().get("id"));
    } catch (InternalException e) {
      return java.util.Optional.empty();
    }
  }

  /** cedar-java names parsed policies policy0, policy1, ... in the order of the text. */
  private static int position(String parsedId) {
    try {
      return Integer.parseInt(parsedId.replaceAll("\\D", ""));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }
}
