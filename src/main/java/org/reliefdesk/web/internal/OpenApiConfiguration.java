package org.reliefdesk.web.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description at /v3/api-docs: title, and the two ways to authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI reliefDeskOpenApi() {
        return new OpenAPI()
                .info(new Info().title("ReliefDesk API").version("v1").description("""
                        The public JSON API of ReliefDesk. Errors are RFC 9457 problem details; lists page with \
                        ?page=&size= and answer {items, page, size, total}. Massage complements medical care; \
                        screening suggestions are never a diagnosis."""))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A personal API token from POST /api/v1/tokens")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
