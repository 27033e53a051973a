package sitrep.source.drill;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import sitrep.domain.ComponentStatus;
import sitrep.domain.SourceKind;
import sitrep.domain.SourceSnapshot;
import sitrep.domain.StatusIncident;
import sitrep.source.SourceError;
import sitrep.source.StatusSource;
import sitrep.source.drill.Scenario.StatusPageSpec;

/** The scenario's status page, reported as a Statuspage v2 summary would be: components, level, incidents. */
public final class DrillStatusPageSource implements StatusSource {

    private final ScenarioPlayer player;
    private final StatusPageSpec page;
    private final Clock clock;

    public DrillStatusPageSource(ScenarioPlayer player, StatusPageSpec page, Clock clock) {
        this.player = player;
        this.page = page;
        this.clock = clock;
    }

    @Override
    public String name() {
        return page.source().name();
    }

    @Override
    public SourceSnapshot poll() throws SourceError {
        Instant now = clock.instant();
        if (page.source().unreachableAt(now)) {
            throw Drill.refused(name());
        }
        List<ComponentStatus> components = player.componentsAt(page, now);
        List<StatusIncident> incidents = player.incidentsAt(page, now);
        return new SourceSnapshot(name(), SourceKind.STATUSPAGE, now, Duration.ofMillis(page.source().latencyMillis()),
                Drill.VERSION, ScenarioPlayer.worst(components, List.of()), components, List.of(), List.of(),
                incidents, List.of());
    }
}
