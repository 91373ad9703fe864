package com.parceliq.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST application: its OpenAPI description and the one way in, a bearer API key. */
@OpenAPIDefinition(
    info =
        @Info(
            title = "ParcelIQ API",
            version = "1",
            description =
                "Carrier-agnostic shipping: tenants, wallet, shipments, rates and labels. JSON"
                    + " fields are snake_case, money is a decimal string, every POST accepts an"
                    + " Idempotency-Key, errors are {\"error\": {code, message, errors,"
                    + " request_id}}."),
    security = @SecurityRequirement(name = ParcelIqApi.BEARER))
@SecurityScheme(
    securitySchemeName = ParcelIqApi.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A tenant API key (piq_...) or, for platform routes, the platform admin key.")
public class ParcelIqApi extends Application {

  static final String BEARER = "bearer";
}
