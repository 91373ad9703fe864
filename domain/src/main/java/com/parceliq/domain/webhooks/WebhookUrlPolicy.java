package com.parceliq.domain.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs ParcelIQ may POST webhooks to. Strict (the default): https only, and every address the
 * host resolves to must be public, so a merchant cannot point ParcelIQ at its own network (SSRF):
 * no loopback, private, link-local, unique-local, carrier-grade NAT, "this network", multicast or
 * reserved addresses, nor IPv4-mapped IPv6 forms of them. The check runs when an endpoint is
 * registered and again before every attempt, since a name can be re-pointed after registration (DNS
 * rebinding). Dev and test stacks allow private URLs so local receivers work.
 */
public final class WebhookUrlPolicy {

  /** How host names become addresses; the system resolver in production. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private static final int MAX_URL_LENGTH = 2048;

  private final boolean allowPrivate;
  private final Resolver resolver;

  public WebhookUrlPolicy(boolean allowPrivate, Resolver resolver) {
    this.allowPrivate = allowPrivate;
    this.resolver = resolver;
  }

  public static WebhookUrlPolicy of(boolean allowPrivate) {
    return new WebhookUrlPolicy(allowPrivate, InetAddress::getAllByName);
  }

  /** Why {@code url} is refused, or empty when deliveries may go there. */
  public Optional<String> refusal(String url) {
    if (url == null || url.isBlank()) {
      return Optional.of("must be an absolute https URL");
    }
    if (url.length() > MAX_URL_LENGTH) {
      return Optional.of("must be at most " + MAX_URL_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      return Optional.of("must be an absolute https URL with a host");
    }
    if (uri.getUserInfo() != null) {
      return Optional.of("must not carry credentials");
    }
    if (allowPrivate) {
      return Optional.empty();
    }
    if (!scheme.equals("https")) {
      return Optional.of("must use https");
    }
    String host = uri.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      return Optional.of("host " + host + " does not resolve");
    }
    if (addresses == null || addresses.length == 0) {
      return Optional.of("host " + host + " does not resolve");
    }
    for (InetAddress address : addresses) {
      if (!isPublic(address)) {
        return Optional.of(
            "host "
                + host
                + " resolves to a non-public address ("
                + address.getHostAddress()
                + ")");
      }
    }
    return Optional.empty();
  }

  /** Whether {@code address} is a globally routable unicast address. */
  static boolean isPublic(InetAddress address) {
    if (address instanceof Inet4Address v4) {
      return isPublicV4(v4.getAddress());
    }
    if (address instanceof Inet6Address v6) {
      return isPublicV6(v6.getAddress());
    }
    return false;
  }

  private static boolean isPublicV4(byte[] ip) {
    int a = ip[0] & 0xff;
    int b = ip[1] & 0xff;
    int c = ip[2] & 0xff;
    return !(a == 0 // "this network"
        || a == 10 // private
        || a == 127 // loopback
        || (a == 100 && b >= 64 && b <= 127) // carrier-grade NAT
        || (a == 169 && b == 254) // link-local, cloud metadata services
        || (a == 172 && b >= 16 && b <= 31) // private
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
        || (a == 192 && b == 0 && c == 2) // documentation
        || (a == 192 && b == 168) // private
        || (a == 198 && (b == 18 || b == 19)) // benchmarking
        || (a == 198 && b == 51 && c == 100) // documentation
        || (a == 203 && b == 0 && c == 113) // documentation
        || a >= 224); // multicast, reserved, broadcast
  }

  private static boolean isPublicV6(byte[] ip) {
    if (isEmbeddedV4(ip)) {
      byte[] v4 = {ip[12], ip[13], ip[14], ip[15]};
      return isPublicV4(v4);
    }
    int first = ip[0] & 0xff;
    int second = ip[1] & 0xff;
    boolean unspecifiedOrLoopback = true;
    for (int i = 0; i < 15; i++) {
      unspecifiedOrLoopback &= ip[i] == 0;
    }
    if (unspecifiedOrLoopback) {
      return false; // :: and ::1
    }
    return !((first & 0xfe) == 0xfc // unique-local fc00::/7
        || (first == 0xfe && (second & 0xc0) == 0x80) // link-local fe80::/10
        || (first == 0xfe && (second & 0xc0) == 0xc0) // site-local fec0::/10 (deprecated)
        || first == 0xff // multicast
        || (first == 0x20 && second == 0x01 && (ip[2] & 0xff) == 0x0d && (ip[3] & 0xff) == 0xb8)
        // documentation 2001:db8::/32
        || (first == 0x00 && second == 0x64 && (ip[2] & 0xff) == 0xff && (ip[3] & 0xff) == 0x9b));
    // NAT64 64:ff9b::/96 reaches IPv4 space through a translator: refused as unverifiable
  }

  /** IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) forms. */
  private static boolean isEmbeddedV4(byte[] ip) {
    for (int i = 0; i < 10; i++) {
      if (ip[i] != 0) {
        return false;
      }
    }
    boolean mapped = (ip[10] & 0xff) == 0xff && (ip[11] & 0xff) == 0xff;
    boolean compatible = ip[10] == 0 && ip[11] == 0 && (ip[12] != 0 || ip[13] != 0);
    return mapped || compatible;
  }
}
