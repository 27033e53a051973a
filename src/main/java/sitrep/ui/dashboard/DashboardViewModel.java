package sitrep.ui.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import sitrep.panels.PanelDefinition;
import sitrep.chart.ChartSpec;
import sitrep.chart.TimelineMarker;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard's state on the FX thread: which panels, which time range ({@link RangeSelection}: a window
 * that follows now, or an absolute zoom; live or paused), and the last frame's results. Holds no controls.
 */
public final class DashboardViewModel {

    private final RangeSelection selection = new RangeSelection(() -> this.zone, () -> this.incidentStart,
            () -> this.onChange.run());
    private final ObservableList<DashboardFrame.PanelResult> panels = FXCollections.observableArrayList();
    private final ObservableList<DashboardFrame.PanelResult> panelsView = FXCollections.unmodifiableObservableList(panels);
    private final ObservableList<ConnectivityRow> connectivity = FXCollections.observableArrayList();
    private final ObservableList<ConnectivityRow> connectivityView =
            FXCollections.unmodifiableObservableList(connectivity);
    private final ReadOnlyStringWrapper rangeText = new ReadOnlyStringWrapper("");
    /** "stale since 14:05:03" while the last refresh showed old data; empty when it was fresh. FX thread. */
    private String staleSince = "";
    private final ReadOnlyStringWrapper hiddenNote = new ReadOnlyStringWrapper("");
    /** Set once a frame is applied whole: its panels, its connectivity rows and its note. */
    private final ReadOnlyBooleanWrapper answered = new ReadOnlyBooleanWrapper(false);
    private List<PanelDefinition> definitions;
    private TimeWindow.Range shownRange;
    private Instant incidentStart;
    private Instant incidentEnd;
    private ZoneId zone;
    /** The theme charts are drawn in: applied when rendering, so a switch fetches nothing. */
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(true);
    private TimelineMarker.Source markers = TimelineMarker.Source.NONE;
    /** Before the view has drawn a chart and said how wide its plot is: about a chart of a two-column grid. */
    static final int DEFAULT_PLOT_WIDTH = 700;
    private int plotWidth = DEFAULT_PLOT_WIDTH;
    /** The plot width the last request was decimated for; 0 before the first request. */
    private int requestedWidth;
    private Runnable onChange = () -> { };
    private Supplier<List<ConnectivityRow>> extraRows = List::of;
    private Function<TimeWindow.Range, List<PanelDefinition>> binder;
    private BiFunction<PanelDefinition, TimeWindow.Range, List<PanelLink>> links =
            (panel, range) -> List.of();
    private Consumer<String> linkOpener = url -> { };

    public DashboardViewModel(List<PanelDefinition> definitions, ZoneId zone) {
        this.definitions = List.copyOf(definitions);
        this.zone = zone;
    }

    /** Called whenever what should be shown changed, so the owner fetches at once. */
    public void onChange(Runnable listener) {
        this.onChange = listener;
    }

    public ObjectProperty<TimeWindow> windowProperty() {
        return selection.windowProperty();
    }

    /** True while the dashboard follows now; false when paused or zoomed into an absolute range. */
    public BooleanProperty liveProperty() {
        return selection.liveProperty();
    }

    public ObservableList<DashboardFrame.PanelResult> panels() {
        return panelsView;
    }

    public ObservableList<ConnectivityRow> connectivity() {
        return connectivityView;
    }

    public ReadOnlyStringProperty rangeTextProperty() {
        return rangeText.getReadOnlyProperty();
    }

    /** Which default panels hid themselves, so an empty spot is explained. */
    public ReadOnlyStringProperty hiddenNoteProperty() {
        return hiddenNote.getReadOnlyProperty();
    }

    /**
     * True from the end of the first {@link #apply}: what waits for the first answer sees all of it (listeners of
     * {@link #panels()} run before the connectivity rows are set).
     */
    public ReadOnlyBooleanProperty answeredProperty() {
        return answered.getReadOnlyProperty();
    }

    public List<PanelDefinition> definitions() {
        return definitions;
    }

    /** The panels to show; the same panels again fetch nothing (a start-up sets them twice). */
    public void setDefinitions(List<PanelDefinition> next) {
        List<PanelDefinition> copy = List.copyOf(next);
        if (copy.equals(definitions)) {
            return;
        }
        definitions = copy;
        onChange.run();
    }

    /**
     * Panels whose queries depend on the range (Grafana's {@code $__interval} and the like): each refresh
     * asks for the definitions of its range. Null returns to {@link #definitions()} as they are.
     */
    public void setDefinitionBinder(Function<TimeWindow.Range, List<PanelDefinition>> next) {
        if (next == binder) {
            return;
        }
        binder = next;
        onChange.run();
    }

    /** What a panel's menu offers besides pinning (open in Prometheus, open in Grafana). */
    public void setPanelLinks(BiFunction<PanelDefinition, TimeWindow.Range, List<PanelLink>> next,
                              Consumer<String> opener) {
        links = next;
        linkOpener = opener;
    }

    public List<PanelLink> linksFor(PanelDefinition panel) {
        return shownRange == null ? List.of() : links.apply(panel, shownRange);
    }

    public void openLink(PanelLink link) {
        linkOpener.accept(link.url());
    }

    public void setIncident(Instant start, Instant end, ZoneId incidentZone) {
        incidentStart = start;
        incidentEnd = end;
        zone = incidentZone;
        onChange.run();
    }

    public ZoneId zone() {
        return zone;
    }

    /** Switches the charts' theme; the view redraws what it holds and nothing is fetched again. */
    public void setDark(boolean isDark) {
        dark.set(isDark);
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /**
     * The view says how many pixels wide its charts' plots are now. Data is decimated to about two points
     * per pixel of that width; a plot that grew past what the data on screen was decimated for asks for a
     * refresh at once (a narrower one simply draws the extra points until the next refresh).
     */
    public void setPlotWidth(int pixels) {
        if (pixels <= 0 || pixels == plotWidth) {
            return;
        }
        plotWidth = pixels;
        if (requestedWidth > 0 && pixels > requestedWidth + requestedWidth / 10) {
            onChange.run();
        }
    }

    public int plotWidth() {
        return plotWidth;
    }

    /** Rows the console knows without Prometheus (status components, its own reach of each source). */
    public void setExtraRows(Supplier<List<ConnectivityRow>> rows) {
        extraRows = rows;
    }

    public void setMarkers(TimelineMarker.Source source) {
        markers = source;
    }

    /** The range of the frame on screen; null before the first one. */
    public TimeWindow.Range shownRange() {
        return shownRange;
    }

    public boolean zoomed() {
        return selection.zoomed();
    }

    public void togglePause() {
        selection.togglePause();
    }

    /** Shows an absolute range (a drag on a chart); the dashboard stops following now until reset. */
    public void zoomTo(Instant from, Instant to) {
        selection.zoomTo(from, to);
    }

    /** The range in view as the custom-range fields show it, in the incident's zone. */
    public String[] rangeFields(Instant now) {
        return selection.rangeFields(now);
    }

    /**
     * Shows a custom absolute range typed as {@code yyyy-MM-dd HH:mm} in the incident's zone (the two-field
     * form; {@link #showTyped} reads every form in one line).
     *
     * @return empty when shown; otherwise why the text is not a range
     */
    public Optional<String> showCustomRange(String from, String to) {
        return selection.showCustomRange(from, to);
    }

    /**
     * Shows a range typed as Grafana users write it (see {@link TypedRange}): one relative to now keeps
     * following now, any other is absolute until Reset.
     *
     * @return empty when shown; otherwise one line saying what was not understood
     */
    public Optional<String> showTyped(String text, Instant now) {
        return selection.showTyped(text, now);
    }

    public void panBy(Duration delta, Instant now) {
        selection.panBy(delta, now);
    }

    public void resetZoom() {
        selection.resetZoom();
    }

    /** What is in view at {@code now}: the zoom when there is one, else the window ending now. */
    public TimeWindow.Range range(Instant now) {
        return selection.range(now);
    }

    /**
     * The toolbar's words for the range: "(live)" only while the last refresh had fresh data. While the source does
     * not answer it reads "(stale since 14:05:03, not live)" until a refresh brings data again: the header went on
     * saying "live" over charts frozen for a minute.
     */
    private String described(TimeWindow.Range r) {
        return selection.describe(r, staleSince);
    }

    /** The next refresh to run, captured on the FX thread, for the plot width the view last reported. */
    public FetchRequest request(Instant now) {
        TimeWindow.Range r = selection.requested(now);
        requestedWidth = plotWidth;
        rangeText.set(described(r));
        return new FetchRequest(binder == null ? definitions : binder.apply(r), r, plotWidth, zone, incidentStart,
                incidentEnd, markers.between(r.from(), r.to()));
    }

    /**
     * Shows a finished refresh. Frames arrive in the order their requests were made and only the newest
     * waiting one is delivered (the refresh path is latest-wins end to end), so no older frame follows a
     * newer one.
     */
    public void apply(DashboardFrame frame) {
        shownRange = frame.range();
        // "stale since 14:05:03 (no response within 10 s)": the charts' own words, up to the reason.
        String note = frame.panels().stream().map(DashboardFrame.PanelResult::spec).filter(Objects::nonNull)
                .map(ChartSpec::staleNote).filter(n -> !n.isEmpty()).findFirst().orElse("");
        staleSince = note.contains(" (") ? note.substring(0, note.indexOf(" (")) : note;
        if (shownRange != null) {
            rangeText.set(described(shownRange));
        }
        panels.setAll(frame.panels());
        List<ConnectivityRow> rows = new ArrayList<>(frame.connectivity());
        rows.addAll(extraRows.get());
        // What is broken now first, so it is on screen however many healthy rows follow.
        rows.sort(Comparator.comparing((ConnectivityRow r) -> r.current().ordinal()).reversed());
        connectivity.setAll(rows);
        List<String> hidden = frame.panels().stream().filter(DashboardFrame.PanelResult::hidden)
                .map(p -> p.panel().title()).toList();
        hiddenNote.set(hidden.isEmpty() ? "" : "Hidden, their metrics are absent: " + String.join(", ", hidden));
        answered.set(true);
    }
}
