package sitrep.app;

import java.lang.System.Logger.Level;
import java.util.concurrent.ThreadFactory;

/** Named daemon threads that log what escapes them: background work must never keep the JVM alive. */
final class Daemons {

    private static final System.Logger LOG = System.getLogger(Daemons.class.getName());

    private Daemons() {
    }

    static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, e) -> LOG.log(Level.ERROR, "uncaught in " + th.getName(), e));
            return t;
        };
    }
}
