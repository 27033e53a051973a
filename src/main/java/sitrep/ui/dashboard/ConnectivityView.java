package sitrep.ui.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import sitrep.domain.EntryKind;
import sitrep.domain.HealthLevel;
import sitrep.domain.Suggestion;
import sitrep.domain.TimeFormats;

/**
 * One band per target over time, coloured by level, with the level in words where there is room and the
 * exact transition times on hover. Few rows and segments, so it draws on the FX thread.
 */
public final class ConnectivityView extends Region {

    static final double ROW = 21;
    static final double NAME_WIDTH = 260;
    private static final DateTimeFormatter HMS = TimeFormats.CLOCK;
    private static final Color FLAP = Color.web("#9e6a03");
    private static final Color FLAP_STRIPE = Color.web("#d29922");
    private static final Map<HealthLevel, Color> COLORS = Map.of(
            HealthLevel.OPERATIONAL, Color.web("#238636"), HealthLevel.DEGRADED, Color.web("#9e6a03"),
            HealthLevel.PARTIAL_OUTAGE, Color.web("#bd561d"), HealthLevel.MAJOR_OUTAGE, Color.web("#da3633"),
            HealthLevel.MAINTENANCE, Color.web("#1f6feb"), HealthLevel.UNKNOWN, Color.web("#484f58"));

    private final Canvas canvas = new Canvas();
    private final Tooltip tip = new Tooltip();
    private List<ConnectivityRow> rows = List.of();
    private TimeWindow.Range range;
    private ZoneId zone = ZoneId.systemDefault();
    private Color text = Color.web("#c9d1d9");
    private Consumer<Suggestion> pins = s -> { };
    private final MenuItem pin = new MenuItem("Pin to timeline");
    private final ContextMenu menu = new ContextMenu(pin);

    public ConnectivityView() {
        getStyleClass().add("connectivity-view");
        getChildren().add(canvas);
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(this, tip);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> tip.setText(describe(e.getX(), e.getY())));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.SECONDARY) {
                return;
            }
            pinned(e.getX(), e.getY()).ifPresent(s -> {
                pin.setOnAction(a -> pins.accept(s));
                menu.show(this, e.getScreenX(), e.getScreenY());
            });
        });
    }

    /** Where a pinned band transition goes: the timeline's suggestions. */
    public void setPins(Consumer<Suggestion> pins) {
        this.pins = pins;
    }

    /** The transition under the mouse as a suggested timeline entry, with the row and level as evidence. */
    Optional<Suggestion> pinned(double mx, double my) {
        int i = (int) (my / ROW);
        if (range == null || i < 0 || i >= rows.size() || mx < NAME_WIDTH) {
            return Optional.empty();
        }
        ConnectivityRow row = rows.get(i);
        double f = (mx - NAME_WIDTH) / Math.max(1, getWidth() - NAME_WIDTH);
        Instant t = range.from().plusMillis((long) (f * range.length().toMillis()));
        ConnectivityRow.Segment at = null;
        for (ConnectivityRow.Segment s : row.segments()) {
            if (!s.from().isAfter(t)) {
                at = s;
            }
        }
        if (at == null) {
            return Optional.empty();
        }
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("target", row.name());
        evidence.put("origin", row.origin() == null ? "" : row.origin());
        evidence.put("level", at.level().code());
        evidence.put("from", at.from().toString());
        String text = row.name() + ": " + at.level().label().toLowerCase(Locale.ROOT) + " from "
                + HMS.format(at.from().atZone(zone));
        EntryKind kind = at.level() == HealthLevel.OPERATIONAL
                ? EntryKind.RESOLUTION : EntryKind.DETECTION;
        return Optional.of(new Suggestion(at.from(), kind, text, evidence));
    }

    public void show(List<ConnectivityRow> next, TimeWindow.Range shown, ZoneId inZone, boolean dark) {
        rows = List.copyOf(next);
        range = shown;
        zone = inZone;
        text = dark ? Color.web("#c9d1d9") : Color.web("#24292f");
        requestLayout();
        draw();
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(ROW, rows.size() * ROW) + 4;
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private double x(Instant t) {
        double w = Math.max(1, getWidth() - NAME_WIDTH);
        double f = (double) (t.toEpochMilli() - range.from().toEpochMilli()) / range.length().toMillis();
        return NAME_WIDTH + Math.max(0, Math.min(1, f)) * w;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (range == null) {
            return;
        }
        g.setFont(BandWords.FONT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < rows.size(); i++) {
            ConnectivityRow row = rows.get(i);
            double y = i * ROW;
            g.setFill(text);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(BandWords.fitName(BandWords.shortName(row.name()), NAME_WIDTH - 10), 4, y + ROW / 2);
            List<ConnectivityRow.Flap> flaps = row.flapping();
            List<ConnectivityRow.Segment> segs = row.segments();
            List<Double> labelStarts = new ArrayList<>();
            // The current stretch too narrow for its words gets them in a box over the band's end; the words of
            // the stretches before it stop short of that box.
            String now = "";
            double nowFrom = Double.MAX_VALUE;
            double end = x(range.to());
            if (!segs.isEmpty()) {
                ConnectivityRow.Segment last = segs.get(segs.size() - 1);
                if (last.from().isBefore(range.to()) && !inside(flaps, last.from(), range.to())) {
                    // The box never reaches back over a flapping stretch, whose own words say what happened there.
                    double floor = NAME_WIDTH;
                    for (ConnectivityRow.Flap f : flaps) {
                        floor = Math.max(floor, x(f.to()));
                    }
                    now = BandWords.nowWords(BandWords.bandLabels(last, range.to(), zone),
                            end - x(last.from()) - 8, Math.min((end - NAME_WIDTH) / 2, end - floor) - 12);
                    if (!now.isEmpty()) {
                        nowFrom = end - BandWords.width(now) - 12;
                    }
                }
            }
            for (int s = 0; s < segs.size(); s++) {
                Instant from = segs.get(s).from();
                Instant to = s + 1 < segs.size() ? segs.get(s + 1).from() : range.to();
                if (!to.isAfter(range.from()) || !from.isBefore(range.to())) {
                    continue;
                }
                double x0 = x(from);
                double x1 = x(to);
                HealthLevel level = segs.get(s).level();
                g.setFill(COLORS.get(level));
                g.fillRect(x0, y + 3, Math.max(1, x1 - x0), ROW - 6);
                if (!inside(flaps, from, to)) {
                    g.setFill(Color.WHITE);
                    String words = BandWords.fitFirst(BandWords.bandLabels(segs.get(s), to, zone),
                            Math.min(Math.min(x1, nowFrom), flapAfter(flaps, x0)) - x0 - 8);
                    g.fillText(words, x0 + 6, y + ROW / 2);
                    if (!words.isEmpty()) {
                        labelStarts.add(x0);
                    }
                }
            }
            if (!now.isEmpty()) {
                g.setFill(COLORS.get(segs.get(segs.size() - 1).level()));
                g.fillRect(nowFrom, y + 3, end - nowFrom, ROW - 6);
                g.setFill(Color.WHITE);
                g.fillText(now, nowFrom + 6, y + ROW / 2);
                labelStarts.add(nowFrom);
            }
            for (ConnectivityRow.Flap f : flaps) {
                double x0 = x(f.from());
                double x1 = Math.max(x0 + 2, x(f.to()));
                g.setFill(FLAP);
                g.fillRect(x0, y + 3, x1 - x0, ROW - 6);
                g.setStroke(FLAP_STRIPE);
                g.setLineWidth(2);
                // Stripes clipped to the stretch: clipping each line by hand left a stray tail below a narrow one.
                g.save();
                g.beginPath();
                g.rect(x0, y + 3, x1 - x0, ROW - 6);
                g.clip();
                for (double sx = x0 - ROW; sx < x1; sx += 8) {
                    g.strokeLine(sx, y + 3, sx + ROW - 6, y + ROW - 3);
                }
                g.restore();
                String words = BandWords.fit(BandWords.flapLabel(f, zone),
                        BandWords.flapLabelRoom(x0, x1, getWidth(), labelStarts) - 8);
                if (!words.isEmpty()) {
                    // On the plain flapping colour, not on the stripes, where white words did not read.
                    g.setFill(FLAP);
                    g.fillRect(x0 + 3, y + 3, BandWords.width(words) + 6, ROW - 6);
                }
                g.setFill(Color.WHITE);
                g.fillText(words, x0 + 6, y + ROW / 2);
            }
        }
    }

    /** Where the first flapping stretch after {@code x0} begins, whose words a band's words must not run under. */
    private double flapAfter(List<ConnectivityRow.Flap> flaps, double x0) {
        double at = Double.MAX_VALUE;
        for (ConnectivityRow.Flap f : flaps) {
            double fx = x(f.from());
            if (fx > x0 && fx < at) {
                at = fx;
            }
        }
        return at;
    }

    private static boolean inside(List<ConnectivityRow.Flap> flaps, Instant from, Instant to) {
        for (ConnectivityRow.Flap f : flaps) {
            if (!from.isBefore(f.from()) && !to.isAfter(f.to())) {
                return true;
            }
        }
        return false;
    }

    /** The row and segment under the mouse, with its exact start and end. */
    String describe(double mx, double my) {
        int i = (int) (my / ROW);
        if (range == null || i < 0 || i >= rows.size()) {
            return "";
        }
        ConnectivityRow row = rows.get(i);
        if (mx < NAME_WIDTH) {
            return row.name() + " (" + row.origin() + "): " + row.current().label() + " now";
        }
        double f = (mx - NAME_WIDTH) / Math.max(1, getWidth() - NAME_WIDTH);
        Instant t = range.from().plusMillis((long) (f * range.length().toMillis()));
        List<ConnectivityRow.Segment> segs = row.segments();
        for (int s = segs.size() - 1; s >= 0; s--) {
            if (!segs.get(s).from().isAfter(t)) {
                String until = s + 1 < segs.size() ? " until " + HMS.format(segs.get(s + 1).from().atZone(zone))
                        : " until now";
                return row.name() + ": " + segs.get(s).level().label() + " from "
                        + HMS.format(segs.get(s).from().atZone(zone)) + until;
            }
        }
        return row.name() + ": no data at " + HMS.format(t.atZone(zone));
    }
}
