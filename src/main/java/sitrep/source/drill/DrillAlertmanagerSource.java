package sitrep.source.drill;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import sitrep.domain.Alert;
import sitrep.domain.SourceKind;
import sitrep.domain.SourceSnapshot;
import sitrep.source.SourceError;
import sitrep.source.StatusSource;
import sitrep.source.drill.Scenario.SourceSpec;

/** The scenario's Alertmanager: the firing alerts as active ones; pending and resolved ones are not listed. */
public final class DrillAlertmanagerSource implements StatusSource {

    private final ScenarioPlayer player;
    private final SourceSpec spec;
    private final Clock clock;

    public DrillAlertmanagerSource(ScenarioPlayer player, SourceSpec spec, Clock clock) {
        this.player = player;
        this.spec = spec;
        this.clock = clock;
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public SourceSnapshot poll() throws SourceError {
        Instant now = clock.instant();
        if (spec.unreachableAt(now)) {
            throw Drill.refused(name());
        }
        List<Alert> alerts = player.alertsAt(now, true);
        return new SourceSnapshot(name(), SourceKind.ALERTMANAGER, now, Duration.ofMillis(spec.latencyMillis()),
                Drill.VERSION, ScenarioPlayer.worst(List.of(), alerts), List.of(), alerts, List.of(), List.of(),
                List.of());
    }
}
