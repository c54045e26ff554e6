package ru.otklik.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Makes public operations say so in the contract, so that third parties and linters never have
 * to guess whether an operation needs a token. They get {@code security: [{}]} — "no
 * requirement" — because the serializer drops an empty list.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PublicOperationsFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement());
        }
        return operation;
    }
}
