package sitrep.ui.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import sitrep.domain.TimeFormats;

/**
 * The time range the dashboard is asked to show: a window that follows now, a typed range relative to now,
 * or an absolute zoom; live or paused. Every change of choice runs the change callback, so the owner fetches.
 */
final class RangeSelection {

    private static final DateTimeFormatter HMS = TimeFormats.CLOCK;
    private static final DateTimeFormatter CUSTOM = TimeFormats.DATE_TIME_MINUTES;

    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(TimeWindow.LAST_HOUR);
    private final BooleanProperty live = new SimpleBooleanProperty(true);
    private final Supplier<ZoneId> zone;
    private final Supplier<Instant> incidentStart;
    private final Runnable changed;
    private TimeWindow.Range zoom;
    /** A typed range relative to now ("now-6h to now-1h"): followed like a quick range. */
    private TypedRange relative;
    /** The range of the last request: what a paused dashboard keeps showing. */
    private TimeWindow.Range lastRange;

    RangeSelection(Supplier<ZoneId> zone, Supplier<Instant> incidentStart, Runnable changed) {
        this.zone = zone;
        this.incidentStart = incidentStart;
        this.changed = changed;
        window.addListener((o, was, now) -> {
            zoom = null;
            relative = null;
            changed.run();
        });
        live.addListener((o, was, now) -> changed.run());
    }

    ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    BooleanProperty liveProperty() {
        return live;
    }

    boolean zoomed() {
        return zoom != null;
    }

    void togglePause() {
        live.set(!live.get());
    }

    /** Shows an absolute range (a drag on a chart); the dashboard stops following now until reset. */
    void zoomTo(Instant from, Instant to) {
        if (Duration.between(from, to).toMillis() < 5_000) {
            return;
        }
        zoom = new TimeWindow.Range(from, to);
        live.set(false);
        changed.run();
    }

    /** The range in view as the custom-range fields show it, in the incident's zone. */
    String[] rangeFields(Instant now) {
        TimeWindow.Range r = range(now);
        return new String[] {CUSTOM.format(r.from().atZone(zone.get())), CUSTOM.format(r.to().atZone(zone.get()))};
    }

    /**
     * Shows a custom absolute range typed as {@code yyyy-MM-dd HH:mm} in the incident's zone.
     *
     * @return empty when shown; otherwise why the text is not a range
     */
    Optional<String> showCustomRange(String from, String to) {
        Instant a;
        Instant b;
        try {
            a = LocalDateTime.parse(from.strip(), CUSTOM).atZone(zone.get()).toInstant();
            b = LocalDateTime.parse(to.strip(), CUSTOM).atZone(zone.get()).toInstant();
        } catch (DateTimeParseException e) {
            return Optional.of("'" + e.getParsedString() + "' is not a time like 2026-11-25 14:05");
        }
        if (!b.isAfter(a)) {
            return Optional.of("the end must come after the start");
        }
        zoom = new TimeWindow.Range(a, b);
        live.set(false);
        changed.run();
        return Optional.empty();
    }

    /**
     * Shows a range typed as Grafana users write it (see {@link TypedRange}): one relative to now keeps
     * following now, any other is absolute until Reset.
     *
     * @return empty when shown; otherwise one line saying what was not understood
     */
    Optional<String> showTyped(String text, Instant now) {
        TypedRange typed;
        try {
            typed = TypedRange.parse(text, now, zone.get());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (typed.followsNow()) {
            relative = typed;
            zoom = null;
            live.set(true);
        } else {
            relative = null;
            zoom = typed.at(now);
            live.set(false);
        }
        changed.run();
        return Optional.empty();
    }

    void panBy(Duration delta, Instant now) {
        zoom = range(now).shiftedBy(delta);
        live.set(false);
        changed.run();
    }

    void resetZoom() {
        zoom = null;
        live.set(true);
        changed.run();
    }

    /** What is in view at {@code now}: the zoom when there is one, else the window ending now. */
    TimeWindow.Range range(Instant now) {
        if (zoom != null) {
            return zoom;
        }
        if (!live.get() && lastRange != null) {
            return lastRange;
        }
        if (relative != null) {
            return relative.at(now);
        }
        return window.get().at(now, incidentStart.get());
    }

    /** The range to request at {@code now}, remembered as what a pause keeps showing. */
    TimeWindow.Range requested(Instant now) {
        lastRange = range(now);
        return lastRange;
    }

    /**
     * The range as the toolbar reads it: clock times in the incident's zone and whether it follows now; following
     * now while the source is silent ({@code staleSince} "stale since 14:05:03", else empty), it is not live.
     */
    String describe(TimeWindow.Range r, String staleSince) {
        return HMS.format(r.from().atZone(zone.get())) + " – " + HMS.format(r.to().atZone(zone.get()))
                + (zoom != null ? "  (zoomed: double-click a chart or Reset to follow now)"
                        : !live.get() ? "  (paused)" : staleSince.isEmpty() ? "  (live)"
                        : "  (" + staleSince + ", not live)");
    }
}
