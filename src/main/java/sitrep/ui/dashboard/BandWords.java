package sitrep.ui.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import sitrep.domain.TimeFormats;
import sitrep.source.TargetChangeTimes;
import sitrep.ui.common.DurationWords;

/** The words drawn on the connectivity bands and beside them, and how much of them fits where they go. */
final class BandWords {

    static final Font FONT = Font.font(13);
    private static final DateTimeFormatter HMS = TimeFormats.CLOCK;
    private static final DateTimeFormatter HM = TimeFormats.CLOCK_MINUTES;

    private BandWords() {
    }

    /**
     * How wide a flapping stretch's words may run: past its own (often narrow) box, but never into the words of a
     * band that starts after it.
     */
    static double flapLabelRoom(double x0, double x1, double width, List<Double> labelStarts) {
        double end = width;
        for (double start : labelStarts) {
            if (start >= x1 - 0.5 && start < end) {
                end = start;
            }
        }
        return Math.max(x1, end) - x0;
    }

    /** "Major outage since 14:01:02, 27 min": when the state really began, however far before the window. */
    static String bandLabel(ConnectivityRow.Segment segment, Instant to, ZoneId zone) {
        Instant from = segment.from();
        if (segment.before()) {
            // Began before anything looked at: no instant to name, and none that moves from redraw to redraw.
            return segment.level().label() + " " + DurationWords.forAtLeast(from, to, TargetChangeTimes.LOOKBACK);
        }
        return segment.level().label() + " since " + HMS.format(from.atZone(zone)) + ", " + DurationWords.of(from, to);
    }

    /** The band's words from the fullest to the shortest, for the widest that fits. */
    static List<String> bandLabels(ConnectivityRow.Segment segment, Instant to, ZoneId zone) {
        String level = segment.level().label();
        if (segment.before()) {
            return List.of(bandLabel(segment, to, zone), level);
        }
        return List.of(bandLabel(segment, to, zone), level + " since " + HMS.format(segment.from().atZone(zone)),
                level + " " + HM.format(segment.from().atZone(zone)), level);
    }

    /**
     * Words for a row's current stretch drawn over the end of the band, for when its own box is too narrow to hold
     * any ("" when it holds some, or when none fits in {@code maxRoom}): the state now is what a glance must read.
     */
    static String nowWords(List<String> options, double boxRoom, double maxRoom) {
        return fitFirst(options, boxRoom).isEmpty() ? fitFirst(options, maxRoom) : "";
    }

    static String fitFirst(List<String> options, double width) {
        for (String o : options) {
            if (fit(o, width).equals(o)) {
                return o;
            }
        }
        return "";
    }

    static String flapLabel(ConnectivityRow.Flap f, ZoneId zone) {
        return "Flapping " + HM.format(f.from().atZone(zone)) + " to " + HM.format(f.to().atZone(zone)) + ", "
                + f.changes() + " changes";
    }

    /** A target's name without the URL scheme, which every HTTP probe shares and says nothing. */
    static String shortName(String name) {
        return name.replace("https://", "").replace("http://", "");
    }

    /** The whole name, else the target without its job (the part after the first space), else what fits. */
    static String fitName(String name, double width) {
        if (!fit(name, width).equals(name) && name.indexOf(' ') > 0) {
            name = name.substring(name.indexOf(' ') + 1);
        }
        String fitted = fit(name, width);
        return fitted.isEmpty() ? name.substring(0, Math.min(name.length(), (int) (width / 8))) : fitted;
    }

    /** The width in pixels of {@code s} in the bands' font. */
    static double width(String s) {
        Text probe = new Text(s);
        probe.setFont(FONT);
        return probe.getLayoutBounds().getWidth();
    }

    /** The text, or its longest prefix of whole words that fits in {@code width} pixels, never cut mid-word. */
    static String fit(String s, double width) {
        Text probe = new Text();
        probe.setFont(FONT);
        String candidate = s;
        while (!candidate.isEmpty()) {
            probe.setText(candidate);
            if (probe.getLayoutBounds().getWidth() <= width) {
                return candidate;
            }
            int cut = Math.max(candidate.lastIndexOf(", "), candidate.lastIndexOf(' '));
            candidate = cut <= 0 ? "" : candidate.substring(0, cut);
        }
        return "";
    }
}
