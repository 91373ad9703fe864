package com.parceliq.activities.reconciliation;

import com.parceliq.domain.reconciliation.InvoiceFileException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Invoice files in S3: their size, and a stream from any byte offset (a ranged GET). */
@ApplicationScoped
public class InvoiceObjects {

  @Inject S3Client s3;

  long size(String bucket, String key) {
    try {
      return s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key).build())
          .contentLength();
    } catch (NoSuchKeyException e) {
      throw new InvoiceFileException(0, "no object " + key + " in bucket " + bucket);
    } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
      if (e.statusCode() == 404) {
        throw new InvoiceFileException(0, "no object " + key + " in bucket " + bucket);
      }
      throw e;
    }
  }

  /** The object from byte {@code from} on; an empty stream when {@code from} is past its end. */
  InputStream open(String bucket, String key, long from, long size) {
    if (from >= size) {
      return InputStream.nullInputStream();
    }
    GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(key);
    if (from > 0) {
      request.range("bytes=" + from + "-");
    }
    return s3.getObject(request.build());
  }
}
