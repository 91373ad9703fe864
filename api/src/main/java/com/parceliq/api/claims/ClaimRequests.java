package com.parceliq.api.claims;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Checks a claim request field by field and reports every problem at once (422 with field errors);
 * decodes the evidence on the way, so its bytes are checked as they will be stored.
 */
final class ClaimRequests {

  static final Set<String> TYPES = Set.of("lost", "damaged", "delayed");
  static final int MAX_DESCRIPTION = 2000;
  static final int MAX_FILES = 5;
  static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
  private static final int MAX_FILENAME = 255;
  private static final int MAX_CONTENT_TYPE = 127;

  /** A valid request: its amount and its decoded evidence, in request order. */
  record Checked(
      String shipmentId, String type, Money amount, String description, List<File> files) {}

  /** One decoded evidence file. */
  record File(int position, String filename, String contentType, byte[] bytes) {}

  private ClaimRequests() {}

  static Checked check(CreateClaimRequest request, Money maxAmount) {
    List<FieldError> errors = new ArrayList<>();
    String shipmentId = request.shipmentId() == null ? "" : request.shipmentId().strip();
    if (shipmentId.isEmpty()) {
      errors.add(new FieldError("shipment_id", "is required"));
    }
    if (request.type() == null || !TYPES.contains(request.type())) {
      errors.add(new FieldError("type", "must be one of lost, damaged, delayed"));
    }
    Money amount = amount(request.amount(), maxAmount, errors);
    String description = request.description() == null ? "" : request.description().strip();
    if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
      errors.add(new FieldError("description", "must be 1 to " + MAX_DESCRIPTION + " characters"));
    }
    List<File> files = files(request.evidence(), errors);
    if (!errors.isEmpty()) {
      throw new ApiException(ErrorCode.REQUEST_INVALID, "The claim has invalid fields.", errors);
    }
    return new Checked(shipmentId, request.type(), amount, description, files);
  }

  private static Money amount(String raw, Money max, List<FieldError> errors) {
    BigDecimal value;
    try {
      value = new BigDecimal(raw == null ? "" : raw.strip());
    } catch (NumberFormatException e) {
      errors.add(new FieldError("amount", "must be a decimal string such as \"25.00\""));
      return null;
    }
    if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 2) {
      errors.add(new FieldError("amount", "must be greater than 0 with at most 2 decimals"));
      return null;
    }
    Money amount = new Money(value, Money.USD);
    if (max.isLessThan(amount)) {
      errors.add(new FieldError("amount", "must be at most " + max.toDecimalString()));
      return null;
    }
    return amount;
  }

  private static List<File> files(
      List<CreateClaimRequest.EvidenceUpload> uploads, List<FieldError> errors) {
    if (uploads == null) {
      return List.of();
    }
    if (uploads.size() > MAX_FILES) {
      errors.add(new FieldError("evidence", "at most " + MAX_FILES + " files"));
      return List.of();
    }
    List<File> files = new ArrayList<>();
    for (int i = 0; i < uploads.size(); i++) {
      CreateClaimRequest.EvidenceUpload upload = uploads.get(i);
      String field = "evidence[" + i + "]";
      if (upload == null) {
        errors.add(new FieldError(field, "is required"));
        continue;
      }
      if (upload.filename() == null
          || upload.filename().isBlank()
          || upload.filename().length() > MAX_FILENAME) {
        errors.add(
            new FieldError(field + ".filename", "must be 1 to " + MAX_FILENAME + " characters"));
      }
      if (upload.contentType() == null
          || !upload.contentType().matches("[\\w.+-]+/[\\w.+-]+")
          || upload.contentType().length() > MAX_CONTENT_TYPE) {
        errors.add(
            new FieldError(field + ".content_type", "must be a media type such as image/jpeg"));
      }
      byte[] bytes = decode(upload.data(), field + ".data", errors);
      if (bytes != null && errors.isEmpty()) {
        files.add(new File(i, upload.filename().strip(), upload.contentType(), bytes));
      }
    }
    return files;
  }

  private static byte[] decode(String data, String field, List<FieldError> errors) {
    if (data == null || data.isEmpty()) {
      errors.add(new FieldError(field, "is required (base64)"));
      return null;
    }
    // Checked before decoding, so an oversized file is refused without holding its bytes.
    if ((long) data.length() * 3 / 4 > MAX_FILE_BYTES + 2) {
      errors.add(new FieldError(field, "must be at most 5 MB once decoded"));
      return null;
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(data);
      if (bytes.length > MAX_FILE_BYTES) {
        errors.add(new FieldError(field, "must be at most 5 MB once decoded"));
        return null;
      }
      return bytes;
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, "is not valid base64"));
      return null;
    }
  }
}
