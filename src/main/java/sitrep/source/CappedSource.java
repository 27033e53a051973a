package sitrep.source;

import java.io.IOException;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Source;

/** Counts the bytes of a body as they stream past and fails once it exceeds the cap. */
final class CappedSource extends ForwardingSource {

    /** Thrown when a body grows past the cap; a distinct type so it is never mistaken for a network fault. */
    static final class TooLarge extends IOException {
        final long cap;

        TooLarge(long cap) {
            super("body larger than " + cap + " bytes", null);
            this.cap = cap;
        }
    }

    private final long cap;
    private long count;

    CappedSource(Source delegate, long cap) {
        super(delegate);
        this.cap = cap;
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
        long n = super.read(sink, byteCount);
        if (n > 0) {
            count += n;
            if (count > cap) {
                throw new TooLarge(cap);
            }
        }
        return n;
    }

    long bytesRead() {
        return count;
    }
}
