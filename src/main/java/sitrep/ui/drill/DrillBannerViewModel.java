package sitrep.ui.drill;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sitrep.domain.TimeFormats;
import sitrep.source.drill.DrillClock;
import sitrep.source.drill.InjectFeed;
import sitrep.source.drill.Scenario;

/**
 * The DRILL banner's state: which drill, scenario time and progress, speed, paused, and the injects that
 * have come due (prompts for the trainees), newest first. Refreshed by {@link #tick()} on the FX thread.
 */
public final class DrillBannerViewModel {

    private static final DateTimeFormatter HM = TimeFormats.CLOCK_MINUTES;
    private static final DateTimeFormatter HMS = TimeFormats.CLOCK;

    private final String title;
    private final DrillClock clock;
    private final InjectFeed injects;
    private final Instant start;
    private final Instant end;
    private final ZoneId zone;
    private final String zoneLabel;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper latestInject = new ReadOnlyStringWrapper("");
    private final ObservableList<String> injectHistory = FXCollections.observableArrayList();

    public DrillBannerViewModel(String title, DrillClock clock, InjectFeed injects, Instant start, Instant end,
                                ZoneId zone, String zoneLabel) {
        this.title = title;
        this.clock = clock;
        this.injects = injects;
        this.start = start;
        this.end = end;
        this.zone = zone;
        this.zoneLabel = zoneLabel;
        tick();
    }

    /** "DRILL · Service Outage · 14:35 PST of 14:00-17:30 · 52x". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How far through the scenario, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    /** The newest inject with its scenario time; empty before the first. */
    public ReadOnlyStringProperty latestInjectProperty() {
        return latestInject.getReadOnlyProperty();
    }

    public ObservableList<String> injectHistory() {
        return injectHistory;
    }

    public double speed() {
        return clock.speed();
    }

    public void tick() {
        Instant now = clock.instant();
        for (Scenario.Inject i : injects.due()) {
            String line = HM.format(i.at().atZone(zone)) + "  " + i.text();
            injectHistory.add(0, line);
            latestInject.set(line);
        }
        long total = Math.max(1, Duration.between(start, end).toMillis());
        progress.set(Math.max(0, Math.min(1, (double) Duration.between(start, now).toMillis() / total)));
        paused.set(clock.isPaused());
        status.set(status(title, now, start, end, zone, zoneLabel) + (clock.isPaused() ? " · paused" : ""));
    }

    /** "DRILL · Service Outage · 14:35:10 PST (14:00–17:30)": the banner's words at {@code now}. */
    public static String status(String title, Instant now, Instant start, Instant end, ZoneId zone, String zoneLabel) {
        return "DRILL · " + title + " · " + HMS.format(now.atZone(zone)) + " " + zoneLabel + " ("
                + HM.format(start.atZone(zone)) + "–" + HM.format(end.atZone(zone)) + ")";
    }

    public void togglePause() {
        if (clock.isPaused()) {
            clock.resume();
        } else {
            clock.pause();
        }
        tick();
    }

    public void setSpeed(double speed) {
        clock.setSpeed(Math.max(DrillClock.MIN_SPEED, Math.min(DrillClock.MAX_SPEED, speed)));
        tick();
    }

    /** Jumps to a point of the scenario, 0 (start) to 1 (end). */
    public void seek(double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        clock.seek(start.plusMillis((long) (f * Duration.between(start, end).toMillis())));
        tick();
    }
}
