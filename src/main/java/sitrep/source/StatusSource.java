package sitrep.source;

import sitrep.domain.SourceSnapshot;

/**
 * Anything that can be polled for a {@link SourceSnapshot}: Prometheus, Alertmanager, a status API.
 * Implementations do blocking I/O; the poller calls them off the FX thread, never twice at once.
 */
public interface StatusSource {

    /** The source's URL as the user gave it; used in reasons and as the key of its tile. */
    String name();

    SourceSnapshot poll() throws SourceError;
}
