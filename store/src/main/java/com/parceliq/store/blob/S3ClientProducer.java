package com.parceliq.store.blob;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The S3 client and presigner, configured once from {@link S3Settings}. */
@ApplicationScoped
public class S3ClientProducer {

  @Produces
  @Singleton
  S3Client s3Client(S3Settings settings) {
    var builder =
        S3Client.builder()
            // The URL-connection client keeps Apache HttpClient and Netty off the classpath.
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .region(Region.of(settings.region()))
            .credentialsProvider(credentials(settings))
            .serviceConfiguration(serviceConfiguration(settings));
    settings
        .endpoint()
        .ifPresent(
            endpoint ->
                builder
                    .endpointOverride(URI.create(endpoint))
                    // S3-compatible servers (S3Proxy, MinIO) often reject the SDK's default
                    // trailing checksums; only send them when the operation demands it.
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED));
    return builder.build();
  }

  @Produces
  @Singleton
  S3Presigner s3Presigner(S3Settings settings) {
    var builder =
        S3Presigner.builder()
            .region(Region.of(settings.region()))
            .credentialsProvider(credentials(settings))
            .serviceConfiguration(serviceConfiguration(settings));
    settings.endpoint().ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
    return builder.build();
  }

  void closeClient(@Disposes S3Client client) {
    client.close();
  }

  void closePresigner(@Disposes S3Presigner presigner) {
    presigner.close();
  }

  static S3Configuration serviceConfiguration(S3Settings settings) {
    // Path style only makes sense against a custom endpoint; AWS wants virtual-hosted buckets.
    boolean pathStyle = settings.endpoint().isPresent() && settings.pathStyle();
    return S3Configuration.builder().pathStyleAccessEnabled(pathStyle).build();
  }

  /**
   * Static keys when both are configured (S3-compatible servers, local stacks); otherwise the AWS
   * default chain: environment, web identity token (IRSA on EKS), profile, container and instance
   * roles. One key without the other is a mistake that would silently fall back to a role, so it
   * stops the application instead.
   */
  static AwsCredentialsProvider credentials(S3Settings settings) {
    if (settings.accessKey().isPresent() != settings.secretKey().isPresent()) {
      throw new IllegalArgumentException(
          "parceliq.s3.access-key and parceliq.s3.secret-key must be set together, or neither to"
              + " use the AWS default credentials chain (IAM role)");
    }
    if (settings.accessKey().isPresent()) {
      return StaticCredentialsProvider.create(
          AwsBasicCredentials.create(settings.accessKey().get(), settings.secretKey().get()));
    }
    return DefaultCredentialsProvider.builder().build();
  }
}
