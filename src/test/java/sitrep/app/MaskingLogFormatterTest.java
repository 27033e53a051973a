package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import sitrep.domain.SecretMask;

/** The log is an output boundary: no secret and no terminal control leaves through it, and its lines stay lines. */
class MaskingLogFormatterTest {

    /** As the console's format: level, message, the exception when there is one, one line end. */
    private static final Formatter INNER = new Formatter() {
        @Override
        public String format(LogRecord r) {
            return r.getLevel() + " " + formatMessage(r) + (r.getThrown() == null ? "" : " " + r.getThrown())
                    + System.lineSeparator();
        }
    };

    private static String format(String message, Throwable thrown) {
        LogRecord r = new LogRecord(Level.WARNING, message);
        r.setThrown(thrown);
        return new MaskingLogFormatter(INNER).format(r);
    }

    @Test
    void aRememberedSecretIsMaskedInTheMessageAndInAThrownExceptionsMessage() {
        String token = "log-tok-" + System.nanoTime();
        SecretMask.remember(token);
        String out = format("server said: bad token " + token, new IllegalStateException("echo " + token));
        assertThat(out).doesNotContain(token).contains("bad token ***").contains("echo ***");
    }

    @Test
    void controlCharactersAreEscapedWhileLineBreaksStayAndTheRecordEndsInOneLineEnd() {
        String out = format("first\nred \u001b[31mtext\u0007 over\rwritten, crlf\r\nlast", null);
        assertThat(out).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\r");
        assertThat(out).contains("\\x1b[31m").contains("over\\rwritten").contains("crlf\\r");
        assertThat(out.lines()).containsExactly("WARNING first", "red \\x1b[31mtext\\x07 over\\rwritten, crlf\\r",
                "last");
        assertThat(out).endsWith(System.lineSeparator()).doesNotEndWith(System.lineSeparator().repeat(2));
    }
}
