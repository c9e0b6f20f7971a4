package org.reliefdesk.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefdesk.ReliefDeskApplication;
import org.reliefdesk.shared.DemoSeeder;

/**
 * A newcomer's start: the application with {@code --reliefdesk.demo=true} in a JVM of its own on an empty data
 * folder. The moment its port accepts a connection, a demo login signs in through the sign-in form and lands on a
 * signed-in page — the demo practice is ready before the web server opens.
 */
class DemoStartTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    void aDemoLoginSignsInTheMomentThePortOpens() throws Exception {
        int port = freePort();
        Path log = dir.resolve("application.log");
        try (Application application = Application.start(log, "--reliefdesk.demo=true", "--server.port=" + port,
                "--server.address=127.0.0.1", "--reliefdesk.db.data-dir=" + dir.resolve("pg"),
                "--reliefdesk.db.clean=false", "--reliefdesk.db.stop-on-close=true",
                "--reliefdesk.mail.outbox-dir=" + dir.resolve("outbox"))) {
            await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(10)).until(() -> {
                assertThat(application.process().isAlive()).as("application running; see " + log).isTrue();
                return accepts(port);
            });

            HttpResponse<String> page = signIn("http://127.0.0.1:" + port, "client@demo.reliefdesk.local");

            assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
            assertThat(page.uri().getPath()).doesNotStartWith("/login");
            assertThat(page.body()).contains("action=\"/logout\"");

            HttpResponse<String> spanish = signIn("http://127.0.0.1:" + port, "lucia@demo.reliefdesk.local");
            assertThat(spanish.body()).as("Lucía reads ReliefDesk in Spanish").contains("<html lang=\"es\"",
                    "Revisar su plan de sesión");
            HttpResponse<String> plan = signIn("http://127.0.0.1:" + port, "lucia@demo.reliefdesk.local", "/plan");
            assertThat(plan.body()).as("Lucía's plan, proposed in Spanish").contains(
                    "<span translate=\"no\" lang=\"es\">Antes de cualquier trabajo manual revisamos");
        }
    }

    /** ReliefDesk in a JVM of its own on the test class path, its output in {@code log}; closing stops it. */
    private record Application(Process process) implements AutoCloseable {

        static Application start(Path log, String... arguments) throws IOException {
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx512m", "-cp", classpath, ReliefDeskApplication.class.getName()));
            command.addAll(List.of(arguments));
            return new Application(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start());
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy(); // a graceful stop, which stops its PostgreSQL too
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static HttpResponse<String> signIn(String base, String email) throws IOException, InterruptedException {
        return signIn(base, email, null);
    }

    /**
     * As the sign-in page's form does it: its CSRF token and session cookie, the POST, then the page it leads to (or,
     * when {@code then} is given, that page in the same session).
     */
    private static HttpResponse<String> signIn(String base, String email, String then)
            throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();
        String body = "email=" + encode(email) + "&password=" + encode(DemoSeeder.DEMO_PASSWORD)
                + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return then == null ? page : http.send(HttpRequest.newBuilder(URI.create(base + then)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
