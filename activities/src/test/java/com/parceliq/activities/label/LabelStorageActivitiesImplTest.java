package com.parceliq.activities.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.store.blob.S3Settings;
import com.parceliq.workflows.ports.StoredLabel;
import io.temporal.failure.ApplicationFailure;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

class LabelStorageActivitiesImplTest {

  private final S3Client s3 = mock(S3Client.class);
  private final S3Settings settings = mock(S3Settings.class);
  private final LabelStorageActivitiesImpl storage = new LabelStorageActivitiesImpl(s3, settings);

  @Test
  void labelIsStoredUnderItsTenantAndShipmentWithItsContentType() {
    when(settings.labelsBucket()).thenReturn("parceliq-labels");

    StoredLabel stored = storage.storeLabel("ten_1", "shp_1", "pdf", new byte[] {1, 2, 3});

    ArgumentCaptor<PutObjectRequest> put = ArgumentCaptor.forClass(PutObjectRequest.class);
    verify(s3).putObject(put.capture(), any(RequestBody.class));
    assertThat(put.getValue().bucket()).isEqualTo("parceliq-labels");
    assertThat(put.getValue().key()).isEqualTo("ten_1/shp_1/label.pdf");
    assertThat(put.getValue().contentType()).isEqualTo("application/pdf");
    assertThat(stored)
        .isEqualTo(new StoredLabel("parceliq-labels", "ten_1/shp_1/label.pdf", "pdf"));
  }

  @Test
  void anUnknownLabelFormatIsRefusedWithoutRetrying() {
    assertThatThrownBy(() -> storage.storeLabel("ten_1", "shp_1", "gif", new byte[] {1}))
        .isInstanceOfSatisfying(
            ApplicationFailure.class, f -> assertThat(f.isNonRetryable()).isTrue());
  }
}
