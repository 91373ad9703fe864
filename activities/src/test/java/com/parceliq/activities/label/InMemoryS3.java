package com.parceliq.activities.label;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/** An S3 double holding objects in a map, for the calls the label activities make. */
final class InMemoryS3 implements S3Client {

  final Map<String, byte[]> objects = new HashMap<>();
  final Map<String, String> contentTypes = new HashMap<>();

  void put(String bucket, String key, byte[] bytes) {
    objects.put(bucket + "/" + key, bytes);
  }

  byte[] get(String bucket, String key) {
    return objects.get(bucket + "/" + key);
  }

  @Override
  public ResponseInputStream<GetObjectResponse> getObject(GetObjectRequest request) {
    byte[] bytes = get(request.bucket(), request.key());
    if (bytes == null) {
      throw NoSuchKeyException.builder().message("no object " + request.key()).build();
    }
    return new ResponseInputStream<>(
        GetObjectResponse.builder().contentLength((long) bytes.length).build(),
        AbortableInputStream.create(new ByteArrayInputStream(bytes)));
  }

  @Override
  public PutObjectResponse putObject(PutObjectRequest request, RequestBody body) {
    try (InputStream in = body.contentStreamProvider().newStream()) {
      put(request.bucket(), request.key(), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    contentTypes.put(request.bucket() + "/" + request.key(), request.contentType());
    return PutObjectResponse.builder().build();
  }

  @Override
  public String serviceName() {
    return "s3";
  }

  @Override
  public void close() {}
}
