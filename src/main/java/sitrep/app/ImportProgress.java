package sitrep.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import sitrep.domain.TerminalText;

/**
 * What a long import is doing, on a terminal only (a script reading stderr gets the usual lines and no
 * progress): "reading FILE (20.0 MB)", then "writing entries: 45% (67000 of 150539)" updated in place at
 * most a few times a second, then a line break before the summary.
 */
final class ImportProgress {

    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private long lastShown;
    private boolean inPlace;

    ImportProgress(PrintWriter err, boolean terminal, LongSupplier nanoClock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = nanoClock;
    }

    /** On the process's terminal when there is one. */
    static ImportProgress forConsole(PrintWriter err) {
        return new ImportProgress(err, System.console() != null, System::nanoTime);
    }

    void reading(String file, long bytes) {
        if (terminal && bytes >= 1024 * 1024) {
            err.printf(Locale.ROOT, "sitrep: reading %s (%.1f MB)...%n", TerminalText.escape(file),
                    bytes / (1024.0 * 1024.0));
            err.flush();
        }
    }

    /** Called as entries are written; shows the first, the last, and a few a second in between. */
    void written(int done, int total) {
        if (!terminal || total < 1000) {
            return;
        }
        long now = clock.getAsLong();
        if (done < total && inPlace && now - lastShown < EVERY_NANOS) {
            return;
        }
        lastShown = now;
        inPlace = true;
        err.printf(Locale.ROOT, "\rsitrep: writing entries: %d%% (%d of %d)", done * 100L / total, done, total);
        if (done >= total) {
            err.println();
            inPlace = false;
        }
        err.flush();
    }
}
