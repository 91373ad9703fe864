package com.parceliq.api.addresses;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.api.error.FieldError;
import com.parceliq.domain.Address;
import com.parceliq.temporal.SearchAttributes;
import com.parceliq.workflows.ports.AddressCheckResult;
import io.temporal.client.WorkflowOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressValidationsTest {

  @Test
  void validationRunsOnShippingUnderTheTenantAndEndsByItselfWhenNobodyWaits() {
    WorkflowOptions options = AddressValidations.options("address-validation:ten_1:c1", "ten_1");

    assertThat(options.getWorkflowId()).isEqualTo("address-validation:ten_1:c1");
    assertThat(options.getTaskQueue()).isEqualTo("shipping");
    assertThat(options.getWorkflowExecutionTimeout())
        .isEqualTo(AddressValidations.EXECUTION_TIMEOUT);
    assertThat(options.getTypedSearchAttributes().get(SearchAttributes.TENANT_ID))
        .isEqualTo("ten_1");
  }

  @Test
  void unverifiedVerdictIsRenderedWithTheCarriersFieldErrors() {
    Address sent =
        new Address("Jo", null, "9 elm st", null, "portland", "OR", "9720", "US", null, null);
    AddressCheckResult result =
        new AddressCheckResult(
            "sandbox", sent, false, List.of(new AddressCheckResult.Problem("zip", "bad ZIP")));

    AddressValidationDto rendered = AddressResource.render(result);

    assertThat(rendered.verified()).isFalse();
    assertThat(rendered.carrier()).isEqualTo("sandbox");
    assertThat(rendered.address().zip()).isEqualTo("9720");
    assertThat(rendered.errors()).containsExactly(new FieldError("zip", "bad ZIP"));
  }
}
