package com.parceliq.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

/**
 * Findings of the first fuzzing run (docs/fuzzing.md): the document said less than the API does.
 */
class ContractOpenApiFilterTest {

  @Test
  void anOptionalFieldTheApiSendsAsNullIsDocumentedAsNullable() {
    OpenAPI openApi = document();

    new ContractOpenApiFilter().filterOpenAPI(openApi);

    Schema key = openApi.getComponents().getSchemas().get("ApiKeyDto");
    assertThat(key.getProperties().get("name").getType())
        .containsExactly(SchemaType.STRING, SchemaType.NULL);
    assertThat(key.getProperties().get("role").getEnumeration())
        .containsExactly("admin", "viewer", null);
    Schema revokedAt = key.getProperties().get("revoked_at");
    assertThat(revokedAt.getAnyOf()).hasSize(2);
    assertThat(revokedAt.getAnyOf().get(0).getRef()).endsWith("/Instant");
    assertThat(revokedAt.getAnyOf().get(1).getType()).containsExactly(SchemaType.NULL);
  }

  @Test
  void aRequiredFieldStaysNonNull() {
    OpenAPI openApi = document();

    new ContractOpenApiFilter().filterOpenAPI(openApi);

    Schema id = openApi.getComponents().getSchemas().get("ApiKeyDto").getProperties().get("id");
    assertThat(id.getType()).containsExactly(SchemaType.STRING);
  }

  @Test
  void eventDataOfTypeJsonNodeIsDocumentedAsAnyJsonValue() {
    OpenAPI openApi = document();

    new ContractOpenApiFilter().filterOpenAPI(openApi);

    Schema node = openApi.getComponents().getSchemas().get("JsonNode");
    assertThat(node.getProperties()).isNull();
    assertThat(node.getType()).isNull();
  }

  @Test
  void everyOperationDocumentsTheContractErrorsWithTheirShape() {
    OpenAPI openApi = document();

    new ContractOpenApiFilter().filterOpenAPI(openApi);

    Operation get = openApi.getPaths().getPathItem("/v1/api_keys/{id}").getGET();
    assertThat(get.getResponses().getAPIResponses())
        .containsKeys("200", "400", "401", "403", "404", "422", "429", "503");
    assertThat(
            get.getResponses().getAPIResponse("404").getContent().getMediaType("application/json"))
        .satisfies(media -> assertThat(media.getSchema().getRef()).endsWith("/Error"));
    assertThat(get.getResponses().getAPIResponse("200").getContent()).isNull();
    assertThat(openApi.getComponents().getSchemas().get("Error").getRequired())
        .containsExactly("error");
  }

  @Test
  void everyPostDocumentsTheIdempotencyKeyAndEveryOperationTheRequestIds() {
    OpenAPI openApi = document();
    openApi
        .getPaths()
        .addPathItem(
            "/v1/api_keys",
            OASFactory.createPathItem()
                .POST(OASFactory.createOperation().responses(OASFactory.createAPIResponses())));

    new ContractOpenApiFilter().filterOpenAPI(openApi);

    assertThat(openApi.getPaths().getPathItem("/v1/api_keys").getPOST().getParameters())
        .extracting(p -> p.getName())
        .containsExactlyInAnyOrder("Idempotency-Key", "X-Request-Id", "X-Correlation-Id");
    assertThat(openApi.getPaths().getPathItem("/v1/api_keys/{id}").getGET().getParameters())
        .extracting(p -> p.getName())
        .containsExactlyInAnyOrder("X-Request-Id", "X-Correlation-Id");
  }

  private static OpenAPI document() {
    Schema apiKey =
        OASFactory.createSchema()
            .addType(SchemaType.OBJECT)
            .required(List.of("id"))
            .addProperty("id", string())
            .addProperty("name", string())
            .addProperty("role", string().enumeration(List.of("admin", "viewer")))
            .addProperty("revoked_at", OASFactory.createSchema().ref("Instant"));
    Schema jsonNode =
        OASFactory.createSchema().addType(SchemaType.OBJECT).addProperty("object", string());
    Operation get =
        OASFactory.createOperation()
            .responses(
                OASFactory.createAPIResponses()
                    .addAPIResponse("200", OASFactory.createAPIResponse().description("The key")));
    return OASFactory.createOpenAPI()
        .components(
            OASFactory.createComponents()
                .addSchema("ApiKeyDto", apiKey)
                .addSchema("JsonNode", jsonNode)
                .addSchema("Instant", string()))
        .paths(
            OASFactory.createPaths()
                .addPathItem("/v1/api_keys/{id}", OASFactory.createPathItem().GET(get)));
  }

  private static Schema string() {
    return OASFactory.createSchema().addType(SchemaType.STRING);
  }
}
