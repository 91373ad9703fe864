package com.parceliq.carrier.usps;

import com.parceliq.carrier.http.HttpAnswer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The multipart answers of the Labels and SCAN Form APIs: a JSON metadata part, then the file
 * parts. Per the USPS specification the file parts are always Base64 text whatever their
 * Content-Encoding / Content-Transfer-Encoding headers say; a part that is not Base64 (raw PDF or
 * ZPL) is taken as the file itself. Bytes are handled as ISO-8859-1 so nothing is altered.
 */
final class UspsMultipart {

  private static final Pattern BOUNDARY =
      Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME =
      Pattern.compile("\\bname=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=\\s]+");

  /** One part: its headers (names lower-cased) and its body bytes. */
  record Part(Map<String, String> headers, byte[] body) {

    Optional<String> name() {
      String disposition = headers.get("content-disposition");
      if (disposition == null) {
        return Optional.empty();
      }
      Matcher matcher = NAME.matcher(disposition);
      return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    boolean isJson() {
      return headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT).contains("json");
    }

    /** The file this part carries, Base64-decoded when it is Base64 text. */
    byte[] file() {
      String text = new String(body, StandardCharsets.ISO_8859_1).strip();
      if (!text.isEmpty() && BASE64.matcher(text).matches()) {
        try {
          return Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
          return body;
        }
      }
      return body;
    }
  }

  private UspsMultipart() {}

  /** Whether the answer is multipart at all (else it is a plain JSON document). */
  static boolean isMultipart(HttpAnswer answer) {
    String type = answer.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    return type.startsWith("multipart/") || startsWithBoundary(text(answer.body()));
  }

  static List<Part> parse(HttpAnswer answer) {
    String text = text(answer.body());
    String boundary = boundary(answer.header("Content-Type").orElse(""), text);
    List<Part> parts = new ArrayList<>();
    String[] segments = text.split(Pattern.quote("--" + boundary), -1);
    for (int i = 1; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.startsWith("--")) {
        break;
      }
      parts.add(part(segment));
    }
    return List.copyOf(parts);
  }

  /** The part named {@code name}, else the first part {@code fallbackJson} says is (not) JSON. */
  static Optional<Part> find(List<Part> parts, String name, boolean fallbackJson) {
    return parts.stream()
        .filter(part -> part.name().filter(name::equals).isPresent())
        .findFirst()
        .or(() -> parts.stream().filter(part -> part.isJson() == fallbackJson).findFirst());
  }

  private static Part part(String segment) {
    String content = segment.replaceFirst("^\r?\n", "");
    int crlf = content.indexOf("\r\n\r\n");
    int lf = content.indexOf("\n\n");
    int end;
    int skip;
    if (crlf >= 0 && (lf < 0 || crlf <= lf)) {
      end = crlf;
      skip = 4;
    } else if (lf >= 0) {
      end = lf;
      skip = 2;
    } else {
      end = content.length();
      skip = 0;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line : content.substring(0, end).split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(
            line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).strip());
      }
    }
    String body = content.substring(Math.min(content.length(), end + skip));
    body = body.replaceFirst("\r?\n$", "");
    return new Part(headers, body.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static String boundary(String contentType, String text) {
    Matcher matcher = BOUNDARY.matcher(contentType);
    if (matcher.find()) {
      return matcher.group(1).strip();
    }
    // No boundary parameter: the body's first delimiter line names it.
    String first = text.strip().lines().findFirst().orElse("");
    if (!first.startsWith("--")) {
      throw UspsJson.unexpected("multipart answer without a boundary");
    }
    return first.substring(2).strip();
  }

  private static boolean startsWithBoundary(String text) {
    return text.stripLeading().startsWith("--");
  }

  private static String text(byte[] body) {
    return new String(body == null ? new byte[0] : body, StandardCharsets.ISO_8859_1);
  }
}
