package com.parceliq.store.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.internal.WebIdentityCredentialsUtils;

/** Production S3 on EKS: an IAM role through IRSA instead of static keys. */
class S3CredentialsTest {

  private static S3Settings settingsFromEnv(Map<String, String> env) {
    return new SmallRyeConfigBuilder()
        .withMapping(S3Settings.class)
        .withSources(new EnvConfigSource(env, 300))
        .build()
        .getConfigMapping(S3Settings.class);
  }

  @Test
  void awsWithoutKeysUsesTheDefaultChainAndVirtualHostedBuckets() {
    S3Settings settings =
        settingsFromEnv(Map.of("PARCELIQ_S3_ENDPOINT", "", "PARCELIQ_S3_REGION", "eu-west-1"));

    assertThat(S3ClientProducer.credentials(settings))
        .isInstanceOf(DefaultCredentialsProvider.class);
    assertThat(S3ClientProducer.serviceConfiguration(settings).pathStyleAccessEnabled()).isFalse();
  }

  @Test
  void theDefaultChainCanExchangeAnIrsaWebIdentityTokenBecauseStsIsOnTheClasspath() {
    // The chain looks the STS factory up reflectively and skips web identity without it.
    assertThatCode(WebIdentityCredentialsUtils::factory).doesNotThrowAnyException();
  }

  @Test
  void anAccessKeyWithoutItsSecretStopsTheApplication() {
    S3Settings settings = settingsFromEnv(Map.of("PARCELIQ_S3_ACCESS_KEY", "AKIAEXAMPLE"));

    assertThatThrownBy(() -> S3ClientProducer.credentials(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parceliq.s3.secret-key");
  }
}
