package io.github.unmangle.core;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Start-up help for passes: a resource a pass will need is loaded (or a class initialised) on a
 * daemon thread, once per name, so that it overlaps parsing options and reading the input. Whoever
 * needs it first simply waits for it as usual (class initialisation is thread-safe).
 */
public final class Preload {
    private static final Set<String> STARTED = ConcurrentHashMap.newKeySet();

    private Preload() {
    }

    /** Runs {@code task} on a background thread, the first time this name is asked for. */
    public static void once(String name, Runnable task) {
        if (STARTED.add(name)) {
            Thread t = new Thread(task, name + "-preload");
            t.setDaemon(true);
            t.start();
        }
    }
}
