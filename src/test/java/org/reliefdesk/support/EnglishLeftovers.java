package org.reliefdesk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * English words left on a page read in Spanish. The page's text (and its titles, labels, placeholders and
 * alternative texts) is read in the browser, leaving out what is English on purpose or not ours to translate:
 * anything inside {@code lang="en"}, {@code translate="no"} or {@code <code>} (and text marked {@code translate="no"}
 * somewhere on the page where it recurs in a sentence or the title, as a name does). A word counts as English when it is
 * a common English word, or a word of the English message bundles that no Spanish bundle uses. An ISO date or an
 * internal code in running text counts too ("raw …"): pages show dates in the reader's locale and codes by label.
 */
public final class EnglishLeftovers {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]{2,}");
    /**
     * What a reader should never meet in running text, in either language: an ISO date ("2027-12-06", a date is
     * written in the reader's locale) or an internal code ("MEDICAL_MASSAGE_60", a code is shown by its label).
     */
    private static final Pattern RAW = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");

    /** Common English words that are not Spanish words (so "no", "a", "son", "plan" are not here). */
    private static final Set<String> COMMON = Set.of("the", "and", "with", "your", "you", "for", "this", "that",
            "from", "are", "is", "be", "not", "of", "to", "in", "on", "at", "by", "or", "it", "we", "our",
            "have", "was", "were", "will", "can", "may", "must", "should", "what", "when", "which", "who", "how",
            "there", "their", "they", "them", "here", "all", "any", "each", "every", "more", "less", "than",
            "then", "after", "before", "about", "into", "out", "up", "down", "over", "under", "only", "also",
            "yes", "none", "new", "back", "next", "previous", "save", "cancel", "delete", "edit", "add", "remove",
            "book", "booked", "booking", "session", "sessions", "today", "tomorrow", "yesterday", "week", "month",
            "day", "days", "time", "date", "name", "phone", "sign", "signed", "client", "clients", "therapist",
            "therapists", "schedule", "diary", "intake", "headache", "headaches", "pain", "treatment", "notes",
            "price", "paid", "payment", "payments", "invoice", "invoices", "receipt", "report", "download",
            "open", "close", "closed", "search", "find", "show", "hide", "view", "list", "page", "first", "last",
            "yours", "please", "thank", "thanks", "welcome", "minutes", "hour", "hours", "room", "rooms",
            "location", "service", "services", "arrived", "completed", "cancelled", "start",
            "end", "until", "through", "without", "where", "why", "because", "if", "so", "but", "do",
            "does", "done", "did", "go", "see", "get", "set", "used", "make", "made", "take", "taken");

    /** Words of the English bundles that Spanish pages also write: "US$" is how Spanish writes the dollar. */
    private static final Set<String> SPANISH_TOO = Set.of("us");

    private static final String READ_TEXT = """
            const skip = 'script,style,noscript,template,code,[translate="no"]';
            const english = el => { const l = el.closest('[lang]'); return l && /^en\\b/i.test(l.getAttribute('lang')); };
            // text people typed (names, service names) is marked translate="no" somewhere on the page; where the
            // same text is also inside a sentence, a title or a label, it is left out there too
            const typed = [...document.querySelectorAll('[translate="no"]')].map(e => e.textContent.trim())
                .filter(t => t.length > 2).sort((a, b) => b.length - a.length);
            const untyped = t => typed.reduce((s, x) => s.split(x).join(' '), t);
            const out = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement;
              if (!el || el.closest(skip) || english(el) || !n.nodeValue.trim()) continue;
              out.push(untyped(n.nodeValue.trim()));
            }
            for (const el of document.querySelectorAll('[title],[aria-label],[placeholder],[alt],input[type=submit][value]')) {
              if (el.closest(skip) || english(el)) continue;
              for (const a of ['title', 'aria-label', 'placeholder', 'alt']) if (el.getAttribute(a)) out.push(untyped(el.getAttribute(a)));
              if (el.matches('input[type=submit]')) out.push(el.value);
            }
            out.push(untyped(document.title));
            return out;
            """;

    private static volatile Set<String> vocabulary;

    private EnglishLeftovers() {
    }

    /** The English words on the page now shown, each with the text it was found in; empty when there is none. */
    public static List<String> find(WebDriver driver) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) ((JavascriptExecutor) driver).executeScript(READ_TEXT);
        Set<String> english = englishWords();
        Set<String> found = new TreeSet<>();
        for (String text : texts) {
            Matcher words = WORD.matcher(text);
            while (words.find()) {
                String word = words.group().toLowerCase(Locale.ROOT);
                if (english.contains(word)) {
                    found.add(word + " in \"" + abbreviate(text) + "\"");
                }
            }
            Matcher raw = RAW.matcher(text);
            while (raw.find()) {
                found.add("raw " + raw.group() + " in \"" + abbreviate(text) + "\"");
            }
        }
        return List.copyOf(found);
    }

    /** The English words in a text (not a page: a text composed in Java, such as a plan's rationale). */
    public static List<String> inText(String text) {
        Set<String> english = englishWords();
        Set<String> found = new TreeSet<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            if (english.contains(words.group().toLowerCase(Locale.ROOT))) {
                found.add(words.group());
            }
        }
        return List.copyOf(found);
    }

    public static void assertNone(WebDriver driver) {
        List<String> found = find(driver);
        if (!found.isEmpty()) {
            throw new AssertionError("English on the Spanish page " + driver.getCurrentUrl() + ":\n  "
                    + String.join("\n  ", found));
        }
    }

    static Set<String> englishWords() {
        if (vocabulary == null) {
            Set<String> english = new HashSet<>(COMMON);
            english.addAll(words("classpath*:i18n/*.properties", false));
            english.addAll(words("classpath*:messages*.properties", false));
            english.addAll(calendarWords(Locale.ENGLISH)); // "Tuesday 8 December" left from an English formatter
            english.removeAll(words("classpath*:i18n/*_es.properties", true));
            english.removeAll(words("classpath*:messages_es.properties", true));
            for (String spanish : List.of("es", "es-US", "es-ES", "es-MX")) { // "sept." in es, "sep." in es-US
                english.removeAll(calendarWords(Locale.forLanguageTag(spanish)));
            } // "8 ago 1982" is August in Spanish, not "ago"
            english.removeAll(SPANISH_TOO);
            vocabulary = Set.copyOf(english);
        }
        return vocabulary;
    }

    /** A language's month and weekday names and their abbreviations, as dates in that locale print them. */
    private static Set<String> calendarWords(Locale locale) {
        java.text.DateFormatSymbols symbols = java.text.DateFormatSymbols.getInstance(locale);
        Set<String> words = new HashSet<>();
        for (String[] names : List.of(symbols.getMonths(), symbols.getShortMonths(), symbols.getWeekdays(),
                symbols.getShortWeekdays(), symbols.getAmPmStrings())) {
            for (String name : names) {
                Matcher m = WORD.matcher(name);
                while (m.find()) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    private static Set<String> words(String pattern, boolean spanish) {
        Set<String> words = new HashSet<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                if (spanish != resource.getFilename().endsWith("_es.properties")) {
                    continue;
                }
                Properties bundle = new Properties();
                try (InputStream in = resource.getInputStream()) {
                    bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
                for (Object value : bundle.values()) {
                    Matcher m = WORD.matcher(((String) value).replaceAll("\\{[^}]*}|<[^>]*>", " "));
                    while (m.find()) {
                        words.add(m.group().toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 80 ? oneLine.substring(0, 77) + "…" : oneLine;
    }
}
