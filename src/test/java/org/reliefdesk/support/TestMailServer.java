package org.reliefdesk.support;

import java.io.IOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One in-process SMTP server (GreenMail) per test run, on a free port, started before any Spring
 * context: the application sends real SMTP to it ({@code spring.mail.host/port} as system properties).
 * Registered in META-INF/services.
 */
public class TestMailServer implements LauncherSessionListener {

    private static GreenMail server;

    public static synchronized GreenMail get() {
        if (server == null) {
            int port = freePort();
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            System.setProperty("spring.mail.host", "127.0.0.1");
            System.setProperty("spring.mail.port", Integer.toString(port));
        }
        return server;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        get();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (TestMailServer.class) {
            if (server != null) {
                server.stop();
                server = null;
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
