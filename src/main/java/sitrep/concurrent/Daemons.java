package sitrep.concurrent;

import java.lang.System.Logger.Level;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one thread factory of the application: named daemon threads that log what escapes them. Background work
 * must never keep the JVM alive, and a thread dump must say whose thread is whose.
 */
public final class Daemons {

    private static final System.Logger LOG = System.getLogger(Daemons.class.getName());

    private Daemons() {
    }

    /** Every thread it makes is called {@code name}: for single-thread executors. */
    public static ThreadFactory named(String name) {
        return r -> thread(name, r);
    }

    /** Threads called {@code prefix-1}, {@code prefix-2}, ...: for pools. */
    public static ThreadFactory numbered(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> thread(prefix + "-" + n.incrementAndGet(), r);
    }

    /** A daemon thread, not yet started, for a loop that owns its thread (a watcher, a sync loop). */
    public static Thread thread(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((th, e) -> LOG.log(Level.ERROR, "uncaught in " + th.getName(), e));
        return t;
    }
}
