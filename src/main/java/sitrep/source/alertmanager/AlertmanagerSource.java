package sitrep.source.alertmanager;

import java.time.Clock;
import java.util.List;
import sitrep.domain.Alert;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceKind;
import sitrep.domain.SourceSnapshot;
import sitrep.source.HttpFetcher.Timed;
import sitrep.source.SourceError;
import sitrep.source.StatusSource;

/**
 * Alertmanager as a status source: every alert it holds (suppressed ones included, so the UI can show
 * what is muted and why); the level follows only the active ones, by {@link Alert#impliedLevel()}.
 */
public final class AlertmanagerSource implements StatusSource {

    private final AlertmanagerClient client;
    private final Clock clock;

    public AlertmanagerSource(AlertmanagerClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public String name() {
        return client.config().name();
    }

    @Override
    public SourceSnapshot poll() throws SourceError {
        Timed<AlertmanagerStatus> status = client.status();
        List<Alert> alerts = client.alerts(AlertFilter.all()).value();
        HealthLevel level = HealthLevel.worstOf(alerts.stream().map(Alert::impliedLevel).toList());
        return new SourceSnapshot(name(), SourceKind.ALERTMANAGER, clock.instant(), status.latency(),
                status.value().version(), level, List.of(), alerts, List.of(), List.of(), List.of());
    }
}
