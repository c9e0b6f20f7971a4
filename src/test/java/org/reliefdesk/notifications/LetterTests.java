package org.reliefdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.reliefdesk.notifications.Letter.Fact;
import org.reliefdesk.notifications.internal.LetterLayoutAccess;

/** A letter as plain text and in the shared HTML layout: the same words, in the recipient's language. */
class LetterTests {

    static final Letter.Letterhead PRACTICE = new Letter.Letterhead("Harbour <Massage>", "hello@harbour.example",
            "12 Harbour Street", "");

    static Letter letter(Locale locale) {
        return Letter.builder("TEST", "ana@example.org", locale, PRACTICE).subject("Cita reservada")
                .greeting("Hola, Ana:").paragraph("Su sesión está reservada.")
                .facts(List.of(new Fact("Fecha", "lunes, 7 de diciembre de 2026"), new Fact("Hora", "de 10:00 a 11:00")))
                .button("Ver sus sesiones", "https://desk.example/sessions").items(List.of("uno", "dos"))
                .note("Política de cancelación: …").build();
    }

    @Test
    void theTextSaysEveryPartWithTheLinkWrittenOutAndTheSignature() {
        assertThat(letter(Locale.forLanguageTag("es")).text()).isEqualTo("""
                Hola, Ana:

                Su sesión está reservada.

                Fecha: lunes, 7 de diciembre de 2026
                Hora:  de 10:00 a 11:00

                Ver sus sesiones: https://desk.example/sessions

                1. uno
                2. dos

                Política de cancelación: …

                Harbour <Massage>
                12 Harbour Street
                hello@harbour.example
                """);
    }

    @Test
    void theHtmlIsInTheRecipientsLanguageWithATitleRowHeadersAndEscapedText() {
        String html = LetterLayoutAccess.html(letter(Locale.forLanguageTag("es")));
        assertThat(html).contains("<html lang=\"es\"", "<title>Cita reservada</title>", "<h1",
                "<th scope=\"row\"", "href=\"https://desk.example/sessions\"", "Ver sus sesiones", "<ol",
                "Harbour &lt;Massage&gt;", "href=\"mailto:hello@harbour.example\"", "role=\"presentation\"")
                .doesNotContain("Harbour <Massage>");
        assertThat(LetterLayoutAccess.html(letter(Locale.ENGLISH))).contains("<html lang=\"en\"");
    }

    @Test
    void anEmailIsInSpanishOnlyForAReaderWhoChoseSpanish() {
        assertThat(Letter.language("es")).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(Letter.language("es-US")).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(Letter.language(null)).isEqualTo(Locale.ENGLISH);
        assertThat(Letter.language("fr")).isEqualTo(Locale.ENGLISH);
    }
}
