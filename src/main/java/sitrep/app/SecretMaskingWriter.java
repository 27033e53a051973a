package sitrep.app;

import java.io.IOException;
import java.io.Writer;
import sitrep.domain.SecretMask;

/**
 * The output boundary of every command: text is held until a line ends (or a flush), then passed through
 * {@link SecretMask} as a whole line, so a secret split across two writes is still seen whole.
 */
final class SecretMaskingWriter extends Writer {

    private final Writer out;
    private final StringBuilder pending = new StringBuilder();

    SecretMaskingWriter(Writer out) {
        this.out = out;
    }

    @Override
    public synchronized void write(char[] cbuf, int off, int len) throws IOException {
        pending.append(cbuf, off, len);
        int nl = pending.lastIndexOf("\n");
        if (nl >= 0) {
            out.write(SecretMask.mask(pending.substring(0, nl + 1)));
            pending.delete(0, nl + 1);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (pending.length() > 0) {
            out.write(SecretMask.mask(pending.toString()));
            pending.setLength(0);
        }
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
        out.close();
    }
}
