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
        // Keep the line break the inner format ends with; escape any other control character.
        if (line.endsWith(System.lineSeparator())) {
            String body = line.substring(0, line.length() - System.lineSeparator().length());
            return body.lines().map(TerminalText::escape).reduce((a, b) -> a + System.lineSeparator() + b)
                    .orElse("") + System.lineSeparator();
        }
        return line;
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
