package sitrep.app;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import sitrep.domain.SecretMask;
import sitrep.domain.TerminalText;

/** The log's output boundary: every formatted log line passes the secret masker, whoever wrote it. */
final class MaskingLogFormatter extends Formatter {

    private final Formatter inner;

    MaskingLogFormatter(Formatter inner) {
        this.inner = inner;
    }

    @Override
    public String format(LogRecord r) {
        String line = SecretMask.mask(inner.format(r));
        // A record's lines (a message's, a stack trace's) stay lines and the format's own line end stays; every
        // other control character, a lone CR included, is shown escaped, so no logged text can rewrite the terminal.
        String end = System.lineSeparator();
        if (line.endsWith(end)) {
            return TerminalText.escapeLines(line.substring(0, line.length() - end.length())) + end;
        }
        return TerminalText.escapeLines(line);
    }

    /** Wraps the formatter of every handler of the root logger (the console handler by default). */
    static void install() {
        for (Handler h : Logger.getLogger("").getHandlers()) {
            if (!(h.getFormatter() instanceof MaskingLogFormatter)) {
                h.setFormatter(new MaskingLogFormatter(h.getFormatter()));
            }
        }
    }
}
