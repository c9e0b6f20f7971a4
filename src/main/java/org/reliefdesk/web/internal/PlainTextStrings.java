package org.reliefdesk.web.internal;

import org.reliefdesk.shared.PlainText;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every text value of every typed JSON body is free text at most: a control character other than line break or
 * tab is refused while reading, as a 422 naming the field ({@link ErrorAdvice}). Names are stricter still, checked
 * where they are saved ({@code FieldErrors.name}).
 */
class PlainTextStrings extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String value = super.deserialize(parser, context);
        if (!PlainText.isFreeText(value)) {
            throw new ControlCharacters(parser);
        }
        return value;
    }

    /** A text value holding a control character; Jackson adds the path of the field. */
    static final class ControlCharacters extends MismatchedInputException {

        ControlCharacters(JsonParser parser) {
            super(parser, PlainText.FREE_TEXT_MESSAGE, String.class);
        }
    }
}
