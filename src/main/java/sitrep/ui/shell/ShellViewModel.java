package sitrep.ui.shell;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import sitrep.domain.SecretMask;
import sitrep.domain.TimeFormats;

/**
 * State of the console's frame: theme, the notice bar, what each empty area says, and the status bar.
 * Holds no controls, so it is tested without starting JavaFX.
 */
public final class ShellViewModel {

    /** The sources configured for this run, as plain strings (already validated at the edge). */
    public record Sources(Optional<String> prometheus, Optional<String> alertmanager, List<String> statusPages) {
        public Sources {
            statusPages = List.copyOf(statusPages);
        }

        public static Sources none() {
            return new Sources(Optional.empty(), Optional.empty(), List.of());
        }

        public boolean isEmpty() {
            return count() == 0;
        }

        public int count() {
            return (prometheus.isPresent() ? 1 : 0) + (alertmanager.isPresent() ? 1 : 0) + statusPages.size();
        }
    }

    private static final DateTimeFormatter CLOCK = TimeFormats.CLOCK;

    private final BooleanProperty darkTheme = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final StringProperty sourceSummary = new SimpleStringProperty();
    private final ReadOnlyStringWrapper dashboardHint = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper statusHint = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper("");
    private ZoneId zone;
    private String zoneLabel;
    private String incidentTitle;
    private Instant incidentStart;

    public ShellViewModel(Sources sources, ZoneId zone) {
        this.zone = zone;
        this.zoneLabel = zone.getId();
        setSources(sources);
    }

    /** The clock follows the open incident: its zone, its title and the time since it started. */
    public void setIncident(String title, Instant start, ZoneId incidentZone, String label) {
        this.incidentTitle = title;
        this.incidentStart = start;
        this.zone = incidentZone;
        this.zoneLabel = label;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public void toggleTheme() {
        darkTheme.set(!darkTheme.get());
    }

    /** A sentence the user must see (a settings problem, say); empty when there is none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void showNotice(String message) {
        notice.set(message == null ? "" : message);
    }

    public void dismissNotice() {
        notice.set("");
    }

    /** The status bar's text: how to connect a source, or (bound by the application) how the sources fare. */
    public StringProperty sourceSummaryProperty() {
        return sourceSummary;
    }

    public ReadOnlyStringProperty dashboardHintProperty() {
        return dashboardHint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusHintProperty() {
        return statusHint.getReadOnlyProperty();
    }

    /** The incident clock: wall time in the incident's zone. */
    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }

    public void tick(Instant now) {
        String time = CLOCK.format(now.atZone(zone)) + " " + zoneLabel;
        if (incidentTitle == null) {
            clock.set(time + "  ·  no incident open");
            return;
        }
        clock.set(time + "  ·  " + incidentTitle + "  ·  " + elapsed(incidentStart, now) + " since start");
    }

    static String elapsed(Instant from, Instant to) {
        long s = Math.max(0, Duration.between(from, to).getSeconds());
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    /**
     * The Prometheus in the settings was refused ({@code reason}, one sentence naming no secret): the dashboard says
     * so in place of its charts, until the sources change.
     */
    public void metricsRefused(String reason) {
        dashboardHint.set("No live charts: " + reason + ".\n\nCorrect the Prometheus address with File > Settings…"
                + " (Ctrl+,).");
    }

    /** Every source in the settings was refused: the status bar says none runs, not that it is connecting. */
    public void noSourceRunning() {
        if (!sourceSummary.isBound()) {
            sourceSummary.set("No source running (see the notice): File > Settings… (Ctrl+,)");
        }
    }

    public void setSources(Sources sources) {
        if (!sourceSummary.isBound()) {
            sourceSummary.set(sources.isEmpty()
                    ? "No source connected: File > Settings… (Ctrl+,)"
                    : "Connecting to " + sources.count() + " source" + (sources.count() == 1 ? "" : "s") + "…");
        }

        dashboardHint.set(sources.prometheus()
                // The address as typed may carry a password (then the source is refused: metricsRefused).
                .map(p -> "Connecting to Prometheus " + SecretMask.mask(p) + "…")
                .orElse("Live charts will appear here: request latency (p50, p95, p99), request rate and"
                        + " error ratio, probe durations, and the connectivity of every target over time.\n\n"
                        + "No Prometheus is connected. Connect one with File > Settings… (Ctrl+,),"
                        + " or start the console with\n    sitrep --prometheus http://prometheus:9090"));

        boolean anyStatus = sources.alertmanager().isPresent() || !sources.statusPages().isEmpty();
        statusHint.set(anyStatus
                ? ""
                : "Component tiles (operational, degraded, partial or major outage, maintenance) and the"
                        + " firing alerts will appear here.\n\n"
                        + "No Alertmanager or status page is connected: File > Settings… (Ctrl+,), or start"
                        + " with --alertmanager URL and --status URL.");
    }
}
