package sitrep.ui.status;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sitrep.domain.AlertSeverity;
import sitrep.domain.HealthLevel;
import sitrep.domain.TimeFormats;
import sitrep.source.TargetChangeTimes;
import sitrep.ui.common.DurationWords;

/**
 * The "now" strip's state: what rings and what is broken at this moment, in the words a commander reads in
 * five seconds. It reads the status board (one truth for times: the tile's instant is the strip's) and is
 * refreshed on every board change and every clock tick, since "for how long" grows. FX thread; no controls.
 */
public final class NowStripViewModel {

    /** How many ringing alerts are named; the rest are counted and listed on hover. */
    public static final int NAMED_ALERTS = 3;

    /** A ringing alert as the strip names it. */
    public record Ringing(String name, String severity, boolean critical, String since) {
        /** "DatabaseUnreachable critical since 14:02:00". */
        public String text() {
            return name + (severity.isEmpty() ? "" : " " + severity) + (since.isEmpty() ? "" : " since " + since);
        }
    }

    /** A component or target that is not operational. */
    public record Broken(String name, HealthLevel level, String text) {
    }

    private static final DateTimeFormatter HMS = TimeFormats.CLOCK;

    private final StatusBoardViewModel board;
    private final ObservableList<Ringing> ringing = FXCollections.observableArrayList();
    private final ObservableList<Broken> broken = FXCollections.observableArrayList();
    private final ObservableList<Ringing> ringingView = FXCollections.unmodifiableObservableList(ringing);
    private final ObservableList<Broken> brokenView = FXCollections.unmodifiableObservableList(broken);
    private final ReadOnlyStringWrapper ringingTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper moreRinging = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper moreRingingList = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper brokenTitle = new ReadOnlyStringWrapper("");

    public NowStripViewModel(StatusBoardViewModel board) {
        this.board = board;
    }

    public ObservableList<Ringing> ringing() {
        return ringingView;
    }

    public ObservableList<Broken> broken() {
        return brokenView;
    }

    /** "3 alerts ringing" or "No alert ringing". */
    public ReadOnlyStringProperty ringingTitleProperty() {
        return ringingTitle.getReadOnlyProperty();
    }

    /** "+2 more" when more ring than are named, else empty. */
    public ReadOnlyStringProperty moreRingingProperty() {
        return moreRinging.getReadOnlyProperty();
    }

    /** The alerts behind "+N more", one a line, for its tooltip. */
    public ReadOnlyStringProperty moreRingingListProperty() {
        return moreRingingList.getReadOnlyProperty();
    }

    /** "2 not operational" or "Everything operational". */
    public ReadOnlyStringProperty brokenTitleProperty() {
        return brokenTitle.getReadOnlyProperty();
    }

    /** The board's one-line summary of the sources' health. */
    public ReadOnlyStringProperty sourcesProperty() {
        return board.summaryProperty();
    }

    public void refresh(Instant now) {
        List<StatusBoardViewModel.AlertRow> rows = new ArrayList<>(board.alerts().stream()
                .filter(StatusBoardViewModel.AlertRow::ringing).toList());
        rows.sort(Comparator.comparingInt(StatusBoardViewModel.AlertRow::severityRank).reversed()
                .thenComparing(StatusBoardViewModel.AlertRow::startsAt, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Ringing> named = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (StatusBoardViewModel.AlertRow r : rows) {
            Ringing item = new Ringing(r.name(), r.severity(), r.severityRank() >= AlertSeverity.WORST,
                    r.startsAt() == null ? "" : HMS.format(r.startsAt().atZone(board.zone())));
            if (named.size() < NAMED_ALERTS) {
                named.add(item);
            } else {
                rest.add(item.text());
            }
        }
        if (!named.equals(ringing)) {
            ringing.setAll(named);
        }
        ringingTitle.set(rows.isEmpty() ? "No alert ringing"
                : rows.size() == 1 ? "1 alert ringing" : rows.size() + " alerts ringing");
        moreRinging.set(rest.isEmpty() ? "" : "+" + rest.size() + " more");
        moreRingingList.set(String.join("\n", rest));

        List<Broken> out = new ArrayList<>();
        for (StatusBoardViewModel.ComponentTile t : board.components()) {
            if (t.level() == HealthLevel.OPERATIONAL) {
                continue;
            }
            String since = t.sinceAt() == null ? ""
                    : t.sinceAtLeast() ? " " + DurationWords.forAtLeast(t.sinceAt(), now, TargetChangeTimes.LOOKBACK)
                    : (t.exact() ? " since " : " seen since ") + HMS.format(t.sinceAt().atZone(board.zone()))
                            + ", " + DurationWords.of(t.sinceAt(), now);
            out.add(new Broken(t.name(), t.level(), t.level().label() + since + (t.stale() ? " (source stale)" : "")));
        }
        if (!out.equals(broken)) {
            broken.setAll(out);
        }
        brokenTitle.set(board.components().isEmpty() ? "No components reported yet"
                : out.isEmpty() ? "Everything operational" : out.size() + " not operational");
    }
}
