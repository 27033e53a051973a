package sitrep.source.polling;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import sitrep.concurrent.Daemons;
import sitrep.source.HttpClients;
import sitrep.source.HttpFetcher;
import sitrep.source.SourceConfig;
import sitrep.source.StatusSource;
import sitrep.source.alertmanager.AlertmanagerClient;
import sitrep.source.alertmanager.AlertmanagerSource;
import sitrep.source.prometheus.PrometheusClient;
import sitrep.source.prometheus.PrometheusSource;
import sitrep.source.status.StatusApiSource;

/**
 * The polling machinery of one console: one OkHttpClient, one scheduler of named daemon threads, and the
 * pollers started on them. Close it on exit.
 *
 * <pre>{@code
 * SourcePolling polling = SourcePolling.start(Clock.systemUTC());
 * var relay = new LatestValueRelay<SourceUpdate>(Platform::runLater, viewModel::apply);
 * polling.prometheus(SourceConfig.of(url), List.of(), relay);
 * }</pre>
 */
public final class SourcePolling implements AutoCloseable {

    private static final int THREADS = 2;

    private final HttpClients clients;
    private final HttpFetcher fetcher;
    private final ScheduledThreadPoolExecutor scheduler;
    private final Clock clock;
    private final List<Poller> pollers = new CopyOnWriteArrayList<>();

    public SourcePolling(HttpClients clients, Clock clock) {
        this.clients = clients;
        this.fetcher = new HttpFetcher(clients);
        this.clock = clock;
        this.scheduler = new ScheduledThreadPoolExecutor(THREADS, Daemons.numbered("sitrep-poll"));
        scheduler.setRemoveOnCancelPolicy(true);
    }

    /** With the default timeouts (connect 3 s, read 10 s). */
    public static SourcePolling start(Clock clock) {
        return new SourcePolling(HttpClients.withDefaults(), clock);
    }

    public HttpFetcher fetcher() {
        return fetcher;
    }

    /** Polls Prometheus: targets (up, probe_success), alerts, and the given instant queries. */
    public Poller prometheus(SourceConfig config, List<String> queries, Consumer<? super SourceUpdate> sink) {
        return poll(new PrometheusSource(new PrometheusClient(fetcher, config), queries, clock), config, sink);
    }

    public Poller alertmanager(SourceConfig config, Consumer<? super SourceUpdate> sink) {
        return poll(new AlertmanagerSource(new AlertmanagerClient(fetcher, config), clock), config, sink);
    }

    /** A status page, actuator, health+json endpoint or plain URL; the kind is detected per response. */
    public Poller status(SourceConfig config, Consumer<? super SourceUpdate> sink) {
        return poll(new StatusApiSource(fetcher, config, clock), config, sink);
    }

    /** Polls any source at the config's interval, backing off from it on failures. */
    public Poller poll(StatusSource source, SourceConfig config, Consumer<? super SourceUpdate> sink) {
        Poller p = new Poller(source, config.interval(), scheduler, clock, Backoff.forInterval(config.interval()),
                sink);
        pollers.add(p);
        return p.start();
    }

    @Override
    public void close() {
        pollers.forEach(Poller::close);
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        clients.close();
    }
}
