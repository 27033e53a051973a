package sitrep.app;

import java.io.PrintWriter;
import java.util.List;
import sitrep.domain.TerminalText;
import sitrep.incident.ReplayWarning;

/**
 * How every subcommand that reads a journal reports the lines it skipped: one "sitrep: warning:" line each
 * on stderr, escaped whole, since a warning names a journal file and the folder may come from anyone.
 */
final class ReplayWarningLines {

    private ReplayWarningLines() {
    }

    static void report(PrintWriter err, List<ReplayWarning> warnings) {
        for (ReplayWarning w : warnings) {
            err.println("sitrep: warning: " + TerminalText.escape(w.toString()));
        }
        err.flush();
    }
}
