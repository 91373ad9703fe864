package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The archive objects on the stack's S3 server, read the way an auditor with bucket access would:
 * every object a gzip stream of JSON lines, every indexed member decompressing on its own to the
 * document whose checksum the index holds.
 */
public final class ArchiveObjects implements AutoCloseable {

  private final S3Client s3;

  private ArchiveObjects(S3Client s3) {
    this.s3 = s3;
  }

  /** A client of the test stack's S3 server (the launcher exports where it is). */
  public static ArchiveObjects fromEnvironment() {
    Map<String, String> env = System.getenv();
    S3Client client =
        S3Client.builder()
            .endpointOverride(
                URI.create(env.getOrDefault("PARCELIQ_S3_ENDPOINT", "http://127.0.0.1:19000")))
            .region(Region.of(env.getOrDefault("PARCELIQ_S3_REGION", "us-east-1")))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(
                        env.getOrDefault("PARCELIQ_S3_ACCESS_KEY", "parceliq"),
                        env.getOrDefault("PARCELIQ_S3_SECRET_KEY", "parceliq-secret"))))
            .forcePathStyle(true)
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    return new ArchiveObjects(client);
  }

  /** The keys of every object under {@code prefix}. */
  public List<String> keys(String bucket, String prefix) {
    List<String> keys = new ArrayList<>();
    ListObjectsV2Request request =
        ListObjectsV2Request.builder().bucket(bucket).prefix(prefix).build();
    s3.listObjectsV2Paginator(request).contents().stream().map(S3Object::key).forEach(keys::add);
    return keys;
  }

  public void put(String bucket, String key, byte[] content) {
    s3.putObject(
        software.amazon.awssdk.services.s3.model.PutObjectRequest.builder()
            .bucket(bucket)
            .key(key)
            .build(),
        software.amazon.awssdk.core.sync.RequestBody.fromBytes(content));
  }

  public byte[] bytes(String bucket, String key) {
    return s3.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(key).build())
        .asByteArray();
  }

  /** The whole object as one gzip stream (concatenated members), split into its JSON lines. */
  public static List<JsonNode> jsonLines(byte[] object) {
    String text = new String(gunzip(object), StandardCharsets.UTF_8);
    if (!text.endsWith("\n")) {
      throw new AssertionError("archive object does not end with a newline");
    }
    List<JsonNode> lines = new ArrayList<>();
    for (String line : text.substring(0, text.length() - 1).split("\n", -1)) {
      lines.add(Json.parse(line));
    }
    return lines;
  }

  /** One member, {@code [offset, offset + length)} of the object, decompressed on its own. */
  public static byte[] member(byte[] object, long offset, int length) {
    byte[] slice = new byte[length];
    System.arraycopy(object, Math.toIntExact(offset), slice, 0, length);
    return gunzip(slice);
  }

  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] gunzip(byte[] compressed) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("not a valid gzip stream", e);
    }
  }

  @Override
  public void close() {
    s3.close();
  }
}
