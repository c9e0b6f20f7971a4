package org.reliefdesk.shared;

import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;

/**
 * Start-up work that must be done before anyone can sign in: the first administrator, the demo practice. It runs
 * once as the application starts, after every bean is ready and before the web server opens its port (a lifecycle
 * phase below the server's), so the very first request finds it done. Steps run in ascending {@link #step()}; a
 * failure stops the start.
 */
public abstract class BeforeServing implements SmartLifecycle {

    /** The web server starts in phase {@code SMART_LIFECYCLE_PHASE - 1024}; these steps 1024 phases before it. */
    private static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;

    private volatile boolean running;
    private boolean done;

    /** The order among these steps, small first (0 to 1023). */
    protected abstract int step();

    protected abstract void prepare();

    @Override
    public final synchronized void start() {
        if (!done) {
            prepare();
            done = true;
        }
        running = true;
    }

    @Override
    public final void stop() {
        running = false;
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public final int getPhase() {
        return PHASE + step();
    }
}
