package org.reliefdesk.web.internal;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON bodies are read as typed, never guessed: a fraction where a whole number belongs ({@code "pressure": 1.9}),
 * text where a number or yes/no belongs ({@code "version": "1"}) is a 400 (API.md: "wrong types"), not quietly
 * rounded or converted. A {@code null} inside a list or map ({@code "requiredSkills": [null]}) is refused while
 * reading, for every typed body, so no code downstream meets a null element (it was a 500). Text holding a control
 * character other than line break or tab is refused too ({@link PlainTextStrings}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictScalars() {
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL))
                .addModule(new SimpleModule("plain-text").addDeserializer(String.class, new PlainTextStrings()))
                .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
    }
}
