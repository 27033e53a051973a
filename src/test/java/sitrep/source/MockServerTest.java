package sitrep.source;

import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import sitrep.domain.SourceUrl;

/** A scripted server and the project's real HTTP clients, as every source client test needs them. */
public abstract class MockServerTest {

    @StartStop
    protected final MockWebServer server = new MockWebServer();
    protected final HttpClients clients = HttpClients.withDefaults();

    @AfterEach
    void closeClients() {
        clients.close();
    }

    /** The server as a source, with the defaults. */
    protected SourceConfig config() {
        return SourceConfig.of(SourceUrl.parse(server.url("/").toString()));
    }

    protected HttpFetcher fetcher() {
        return new HttpFetcher(clients);
    }
}
