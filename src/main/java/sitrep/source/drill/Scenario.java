package sitrep.source.drill;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import sitrep.domain.HealthLevel;
import sitrep.domain.IncidentZone;

/**
 * A drill scenario as read from its JSON file (format in the README, "Drills and evidence"): what the
 * simulated sources report over scenario time, and the injects shown to trainees. Immutable and validated:
 * {@link ScenarioReader} refuses a file with a message naming the JSON path of the first problem.
 *
 * @param prometheus   the simulated Prometheus, or null when the scenario has none
 * @param alertmanager the simulated Alertmanager, or null when the scenario has none
 * @param speed        the default playback speed (scenario seconds per real second)
 */
public record Scenario(String title, String description, IncidentZone zone, Instant start, Instant end,
                       double speed, SourceSpec prometheus, SourceSpec alertmanager, List<StatusPageSpec> statusPages,
                       List<SimulatedSeries> series, List<ScenarioAlert> alerts, List<Inject> injects) {

    /** The classpath resource of the built-in drill, copied there from {@code assets/drills/} by the build. */
    public static final String BUILT_IN_RESOURCE = "/sitrep/drills/reference-outage.json";

    public Scenario {
        Objects.requireNonNull(title);
        Objects.requireNonNull(zone);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        description = description == null ? "" : description;
        statusPages = List.copyOf(statusPages);
        series = List.copyOf(series);
        alerts = List.copyOf(alerts);
        injects = List.copyOf(injects);
    }

    /** The built-in drill: the reference outage of June 10, 2023. */
    public static Scenario builtIn() {
        try (InputStream in = Scenario.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in drill " + BUILT_IN_RESOURCE + " is missing from the build");
            }
            return ScenarioReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN_RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in drill: " + e.getMessage(), e);
        } catch (ScenarioException e) {
            throw new IllegalStateException("the built-in drill is invalid: " + e.getMessage(), e);
        }
    }

    /** Reads and validates a scenario file. */
    public static Scenario load(Path file) throws IOException, ScenarioException {
        return ScenarioReader.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * A simulated Prometheus or Alertmanager.
     *
     * @param latencyMillis the round trip it reports (the console's latency band shows it)
     * @param unreachable   windows in which polling it fails with "connection refused"
     */
    public record SourceSpec(String name, long latencyMillis, List<Window> unreachable) {
        public SourceSpec {
            Objects.requireNonNull(name);
            unreachable = List.copyOf(unreachable);
        }

        public boolean unreachableAt(Instant t) {
            return unreachable.stream().anyMatch(w -> w.contains(t));
        }
    }

    /** A half-open interval of scenario time, [from, to). */
    public record Window(Instant from, Instant to) {
        public boolean contains(Instant t) {
            return !t.isBefore(from) && t.isBefore(to);
        }
    }

    /** A simulated status page (Statuspage v2 style): components with levels over time, and incidents. */
    public record StatusPageSpec(SourceSpec source, List<ComponentSpec> components, List<IncidentSpec> incidents) {
        public StatusPageSpec {
            components = List.copyOf(components);
            incidents = List.copyOf(incidents);
        }
    }

    /** One status page component; {@code levels} is in time order, the first one also holds before it. */
    public record ComponentSpec(String name, String group, List<LevelChange> levels) {
        public ComponentSpec {
            levels = List.copyOf(levels);
        }

        public LevelChange changeAt(Instant t) {
            LevelChange current = levels.get(0);
            for (LevelChange c : levels) {
                if (!c.at().isAfter(t)) {
                    current = c;
                }
            }
            return current;
        }
    }

    public record LevelChange(Instant at, HealthLevel level) {
    }

    /** A status page incident; shown from its first update until an update with status "resolved". */
    public record IncidentSpec(String name, String impact, List<UpdateSpec> updates) {
        public IncidentSpec {
            updates = List.copyOf(updates);
        }
    }

    public record UpdateSpec(Instant at, String status, String body) {
    }

    /**
     * An alert rule's one episode: pending from {@code pending}, firing from {@code firing}, gone at
     * {@code resolved} (null: still firing at the end).
     */
    public record ScenarioAlert(String name, String severity, String summary, Map<String, String> labels,
                                Instant pending, Instant firing, Instant resolved) {
        public ScenarioAlert {
            labels = Map.copyOf(labels);
        }
    }

    /** A prompt for trainees at a scenario instant ("the status page reports elevated errors"). */
    public record Inject(Instant at, String text) {
    }
}
