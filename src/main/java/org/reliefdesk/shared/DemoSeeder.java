package org.reliefdesk.shared;

/**
 * A module's part of the demo practice. Seeders run in {@link #order()} when
 * {@code reliefdesk.demo=true}; each must be idempotent (running twice adds nothing).
 */
public interface DemoSeeder {

    /** The public demo password (by design printed at start and listed in the README). */
    String DEMO_PASSWORD = "relief-demo-2026";

    int order();

    void seed();
}
