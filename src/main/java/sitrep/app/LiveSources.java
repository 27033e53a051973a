package sitrep.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import sitrep.domain.SourceUrl;
import sitrep.source.MetricSource;
import sitrep.source.HttpClients;
import sitrep.source.SourceConfig;
import sitrep.source.StatusSource;
import sitrep.source.SharedTargetQueries;
import sitrep.source.TargetChangeTimes;
import sitrep.source.prometheus.PrometheusSource;
import sitrep.source.drill.Drill;
import sitrep.source.polling.LatestValueRelay;
import sitrep.source.polling.Poller;
import sitrep.source.polling.SourcePolling;
import sitrep.source.prometheus.PrometheusClient;
import sitrep.source.prometheus.PrometheusMetricSource;
import sitrep.source.polling.SourceUpdate;
import sitrep.ui.status.StatusBoardViewModel;

/**
 * The pollers for the sources in force, feeding the status board through one latest-wins relay per source
 * (a shared relay would let a busy source hide another one's news).
 */
final class LiveSources implements AutoCloseable {

    private final SourcePolling polling;
    private final List<Poller> pollers = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();
    /** The first refusal of each kind of source ("prometheus", "alertmanager", "status"), as in {@link #rejected}. */
    private final Map<String, String> refusedByKind = new HashMap<>();
    private MetricSource metrics;
    private TargetChangeTimes changeTimes;
    /** The Prometheus poller's up and probe_success answers, shared with the dashboard; null without one. */
    private SharedTargetQueries sharedTargets;
    private Map<String, SourceOptions> options = Map.of();

    private final Consumer<SourceUpdate> evidence;

    private LiveSources(SourcePolling polling, Consumer<SourceUpdate> evidence) {
        this.polling = polling;
        this.evidence = evidence;
    }

    /** The drill's simulated sources, polled by the same machinery as real ones, on the drill's clock. */
    static LiveSources drill(Drill drill, StatusBoardViewModel board, Executor fxThread,
                             Consumer<SourceUpdate> evidence) {
        LiveSources live = new LiveSources(new SourcePolling(HttpClients.withDefaults(), drill.clock()), evidence);
        live.metrics = drill.metrics();
        live.changeTimes = new TargetChangeTimes(live.metrics);
        for (StatusSource s : drill.statusSources()) {
            board.expect(s.name(), "drill");
            live.pollers.add(live.polling.poll(live.changeTimes.around(s), drill.pollConfig(),
                    live.sink(board, fxThread)));
        }
        return live;
    }

    /** Every update goes to the board (latest wins, on the FX thread) and, as it comes, to the evidence. */
    private Consumer<SourceUpdate> sink(StatusBoardViewModel board, Executor fxThread) {
        LatestValueRelay<SourceUpdate> relay = new LatestValueRelay<>(fxThread, board::apply);
        return u -> {
            relay.accept(u);
            evidence.accept(u);
        };
    }

    static LiveSources start(LaunchOptions.EffectiveSources sources, Map<String, SourceOptions> options,
                             StatusBoardViewModel board, Executor fxThread, Clock clock,
                             Consumer<SourceUpdate> evidence) {
        LiveSources live = new LiveSources(SourcePolling.start(clock), evidence);
        live.options = options;
        sources.prometheus().ifPresent(url -> live.add(url, "prometheus", board, fxThread, (config, sink) -> {
            PrometheusClient client = new PrometheusClient(live.polling.fetcher(), config);
            live.metrics = new PrometheusMetricSource(client);
            live.changeTimes = new TargetChangeTimes(live.metrics);
            live.sharedTargets = new SharedTargetQueries(config.interval());
            return live.polling.poll(live.changeTimes.around(new PrometheusSource(client, List.of(), clock,
                    live.sharedTargets)), config, sink);
        }));
        sources.alertmanager().ifPresent(url -> live.add(url, "alertmanager", board, fxThread,
                live.polling::alertmanager));
        for (String url : sources.statusPages()) {
            live.add(url, "status", board, fxThread, live.polling::status);
        }
        return live;
    }

    private interface PollerFactory {
        Poller start(SourceConfig config, Consumer<? super SourceUpdate> sink);
    }

    private void add(String url, String kind, StatusBoardViewModel board, Executor fxThread, PollerFactory factory) {
        SourceUrl parsed;
        try {
            parsed = SourceUrl.parse(url);
        } catch (IllegalArgumentException e) {
            refuse(kind, kind + " source ignored: " + e.getMessage());
            return;
        }
        SourceConfig config;
        try {
            config = SourceOptions.configFor(parsed, options);
        } catch (IllegalArgumentException e) {
            // A saved header with a line break, say: named, never quoted, and the other sources still run.
            refuse(kind, kind + " source " + parsed + " ignored: " + e.getMessage());
            return;
        }
        board.expect(parsed.toString(), kind);
        pollers.add(factory.start(config, sink(board, fxThread)));
    }

    private void refuse(String kind, String sentence) {
        rejected.add(sentence);
        refusedByKind.putIfAbsent(kind, sentence);
    }

    /** Why the Prometheus in the settings is not polled, when it was refused. */
    Optional<String> refusedPrometheus() {
        return Optional.ofNullable(refusedByKind.get("prometheus"));
    }

    /** Sources from the settings that could not be used, one sentence each. */
    List<String> rejected() {
        return List.copyOf(rejected);
    }

    /** Where charts get their series: the Prometheus in force, if any. */
    Optional<MetricSource> metrics() {
        return Optional.ofNullable(metrics);
    }

    /** When each Prometheus target really changed level; null without a Prometheus. */
    TargetChangeTimes changeTimes() {
        return changeTimes;
    }

    /** Where the dashboard finds the poller's up and probe_success answers; null without a Prometheus. */
    SharedTargetQueries sharedTargets() {
        return sharedTargets;
    }

    boolean isEmpty() {
        return pollers.isEmpty();
    }

    @Override
    public void close() {
        polling.close();
    }
}
