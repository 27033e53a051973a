package sitrep.ui.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sitrep.domain.Alert;
import sitrep.domain.AlertSeverity;
import sitrep.domain.ComponentStatus;
import sitrep.domain.EntryKind;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceHealth;
import sitrep.domain.SourceSnapshot;
import sitrep.domain.Suggestion;
import sitrep.domain.TimeFormats;
import sitrep.source.TargetChangeTimes;
import sitrep.source.changes.AlertMerger;
import sitrep.source.changes.ComponentLevels;
import sitrep.source.changes.Transition;
import sitrep.source.polling.SourceUpdate;
import sitrep.ui.common.DurationWords;

/**
 * The status area's state: one row per source with its health, the component tiles of every source, and
 * the ringing alerts, merged across Prometheus and Alertmanager. Fed one {@link SourceUpdate} at a time on
 * the FX thread; holds no controls. What changed between polls and which alerts are one are decided in
 * {@code sitrep.source.changes} ({@link AlertMerger}, {@link ComponentLevels}, {@link Transition}); this
 * class only presents.
 */
public final class StatusBoardViewModel {

    /** A source as the console sees it: what it is, whether it answers, and why not. */
    public record SourceRow(String url, String kind, HealthLevel level, SourceHealth.State state, String health,
                            String latency, String version) {
    }

    /**
     * A component tile: level as words as well as colour, and since when.
     *
     * @param sinceAt when the level began, or (not {@code exact}) when the console first saw it
     */
    /** @param sinceAtLeast the level held already at {@code sinceAt}, as far back as the console looked */
    public record ComponentTile(String source, String name, String group, HealthLevel level, String since,
                                boolean stale, Instant sinceAt, boolean exact, boolean sinceAtLeast) {

        /**
         * The name a person tells it by: a status page's group before it ("EU / Database", where the page has a
         * Database in every region); a Prometheus target's name already starts with its job.
         */
        public String label() {
            return group.isEmpty() || name.startsWith(group + "/") ? name : group + " / " + name;
        }
    }


    /** A ringing or suppressed alert, as the alert list shows it. */
    public record AlertRow(String severity, int severityRank, String name, Instant startsAt, String since,
                           String summary, String state, boolean ringing, String suppressedBy, String source,
                           Map<String, String> labels) {
    }

    private static final DateTimeFormatter HMS = TimeFormats.CLOCK;

    private ZoneId zone;
    private final Clock clock;
    private final Map<String, SourceUpdate> updates = new LinkedHashMap<>();
    private final ComponentLevels componentLevels = new ComponentLevels();
    private final AlertMerger alertMerger = new AlertMerger();
    private final ObservableList<SourceRow> sources = FXCollections.observableArrayList();
    private final ObservableList<ComponentTile> components = FXCollections.observableArrayList();
    private final ObservableList<AlertRow> alerts = FXCollections.observableArrayList();
    private final ObservableList<SourceRow> sourcesView = FXCollections.unmodifiableObservableList(sources);
    private final ObservableList<ComponentTile> componentsView = FXCollections.unmodifiableObservableList(components);
    private final ObservableList<AlertRow> alertsView = FXCollections.unmodifiableObservableList(alerts);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No source connected");
    private Consumer<Transition> transitions = t -> { };
    private final ConnectivityHistory history = new ConnectivityHistory();

    public StatusBoardViewModel(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    // The read-only views are kept in fields: a fresh wrapper per call would hold its listeners only weakly.
    public ObservableList<SourceRow> sources() {
        return sourcesView;
    }

    public ObservableList<ComponentTile> components() {
        return componentsView;
    }

    public ObservableList<AlertRow> alerts() {
        return alertsView;
    }

    /** One line for the status bar: how many sources answer, and the first reason one does not. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Times are shown in the incident's zone once one is open. */
    public void setZone(ZoneId incidentZone) {
        if (incidentZone.equals(zone)) {
            return;
        }
        this.zone = incidentZone;
        // Rows carry their times as text: an incident that opens after the first answers (it opens in the
        // background) must not leave them in the old zone until the next change. Nothing changed, so nothing
        // is suggested while they are laid out again.
        Consumer<Transition> listener = transitions;
        transitions = t -> { };
        try {
            rebuildSources();
            Instant now = clock.instant();
            rebuildComponents(now);
            rebuildAlerts(now);
            refreshSummary();
        } finally {
            transitions = listener;
        }
    }

    public void onTransition(Consumer<Transition> listener) {
        this.transitions = listener;
    }

    /** Registers a source before its first answer, so it is listed as waiting rather than missing. */
    public void expect(String url, String kind) {
        if (!updates.containsKey(url)) {
            updates.put(url, null);
            sources.add(new SourceRow(url, kind, HealthLevel.UNKNOWN, SourceHealth.State.STALE,
                    "waiting for the first answer", "", ""));
            refreshSummary();
        }
    }

    /** Status components and the console's own reach of each source, over time, for the connectivity bands. */
    public ConnectivityHistory history() {
        return history;
    }

    /** The zone times are shown in. */
    public ZoneId zone() {
        return zone;
    }

    public void apply(SourceUpdate update) {
        SourceUpdate before = updates.put(update.source(), update);
        history.record(update);
        Transition.ofHealth(before, update).ifPresent(transitions);
        rebuildSources();
        Instant now = clock.instant();
        rebuildComponents(now);
        rebuildAlerts(now);
        refreshSummary();
    }

    private void rebuildSources() {
        List<SourceRow> rows = new ArrayList<>();
        updates.forEach((url, u) -> {
            if (u == null) {
                rows.add(new SourceRow(url, "", HealthLevel.UNKNOWN, SourceHealth.State.STALE,
                        "waiting for the first answer", "", ""));
                return;
            }
            SourceSnapshot s = u.latest();
            HealthLevel level = s == null || !u.health().isOk() ? HealthLevel.UNKNOWN : s.level();
            // What the source said about its own answer ("only its HTTP status is checked") goes with its health.
            String said = s == null || s.warnings().isEmpty() || !u.health().isOk() ? ""
                    : " · " + String.join("; ", s.warnings());
            rows.add(new SourceRow(url, s == null ? "" : s.kind().code(), level, u.health().state(),
                    withoutUrl(u.health().describe(zone), url) + said, s == null ? "" : s.latency().toMillis() + " ms",
                    s == null || s.version() == null ? "" : s.version()));
        });
        sources.setAll(rows);
    }

    private void rebuildComponents(Instant now) {
        List<ComponentTile> tiles = new ArrayList<>();
        updates.forEach((url, u) -> {
            if (u == null || u.latest() == null) {
                return;
            }
            boolean stale = !u.health().isOk();
            for (ComponentStatus c : u.latest().components()) {
                ComponentLevels.Observed seen = componentLevels.observe(url, c, now, transitions);
                // Without a time from the source, the first sighting says only since when we have been looking;
                // a level that held as far back as we looked began then or earlier, not at that instant.
                String since = (seen.atLeast() ? DurationWords.forAtLeast(seen.since(), now, TargetChangeTimes.LOOKBACK)
                        : (seen.exact() ? "since " : "seen since ") + HMS.format(seen.since().atZone(zone)))
                        // The source's state in short ("source stale since 14:05:03"); the sources list says why.
                        + (stale ? " · source " + u.health().since(zone) : "");
                tiles.add(new ComponentTile(url, c.name(), c.group() == null ? "" : c.group(), c.level(), since,
                        stale, seen.since(), seen.exact(), seen.atLeast()));
            }
        });
        tiles.sort(Comparator.comparing((ComponentTile t) -> t.level().ordinal()).reversed()
                .thenComparing(ComponentTile::name));
        components.setAll(tiles);
    }

    private void rebuildAlerts(Instant now) {
        List<AlertRow> rows = new ArrayList<>();
        for (AlertMerger.Merged m : alertMerger.merge(updates, now, transitions)) {
            rows.add(row(m.alert(), m.source()));
        }
        rows.sort(Comparator.comparingInt(AlertRow::severityRank).reversed()
                .thenComparing(AlertRow::startsAt, Comparator.nullsLast(Comparator.naturalOrder())));
        alerts.setAll(rows);
    }

    /** The row already names the source; its reasons start with the URL too, once is enough. */
    private static String withoutUrl(String text, String url) {
        return text.replace(url + ": ", "");
    }

    /** An alert as a suggested timeline entry, with what the alert said as evidence. */
    public Suggestion pinned(AlertRow r) {
        Map<String, String> ev = Transition.evidence("alert", r.name(), "severity", r.severity(), "state", r.state(),
                "summary", r.summary(), "source", r.source(), "suppressed", r.suppressedBy());
        ev.putAll(new TreeMap<>(r.labels()));
        return new Suggestion(r.startsAt() == null ? clock.instant() : r.startsAt(),
                EntryKind.DETECTION, "Alert " + r.name() + " " + r.state()
                + (r.summary().isEmpty() ? "" : ": " + r.summary()), ev);
    }

    private AlertRow row(Alert a, String source) {
        String suppressed = "";
        if (!a.silencedBy().isEmpty()) {
            suppressed = "silenced by " + String.join(", ", a.silencedBy());
        } else if (!a.inhibitedBy().isEmpty()) {
            suppressed = "inhibited by " + String.join(", ", a.inhibitedBy());
        }
        String since = a.startsAt() == null ? "" : HMS.format(a.startsAt().atZone(zone));
        return new AlertRow(a.severity(), severityRank(a.severity()), a.name(), a.startsAt(), since, a.summary(),
                a.state().code(), a.state().ringing(), suppressed, source, a.labels());
    }

    static int severityRank(String severity) {
        return AlertSeverity.rank(severity);
    }

    private void refreshSummary() {
        if (updates.isEmpty()) {
            summary.set("No source connected: File > Settings… (Ctrl+,)");
            return;
        }
        int ok = 0;
        String firstProblem = null;
        for (Map.Entry<String, SourceUpdate> e : updates.entrySet()) {
            SourceUpdate u = e.getValue();
            if (u != null && u.health().isOk()) {
                ok++;
            } else if (firstProblem == null) {
                firstProblem = u == null ? e.getKey() + ": waiting for the first answer" : u.health().describe(zone);
            }
        }
        int total = updates.size();
        summary.set(ok == total
                ? "Sources: all " + total + " answering"
                : "Sources: " + ok + " of " + total + " answering · " + firstProblem);
    }
}
