package sitrep.postmortem;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import sitrep.domain.EntryKind;

/**
 * Finds contradictions in a postmortem: no detection entry, an end before the start, a zone label that
 * disagrees with daylight time on that date (the label is the author's and stays; it is only flagged),
 * and timeline entries outside the incident window. Pure: same document, same warnings.
 */
public final class PostmortemChecks {

    private PostmortemChecks() {
    }

    public static List<PostmortemWarning> check(PostmortemDocument doc) {
        List<PostmortemWarning> warnings = new ArrayList<>();
        List<TimelineItem> items = doc.includedTimeline();
        if (items.stream().noneMatch(i -> i.kind() == EntryKind.DETECTION)) {
            warnings.add(new PostmortemWarning(PostmortemWarning.Code.NO_DETECTION,
                    "The timeline has no detection entry, so time to detect cannot be derived."));
        }
        IncidentWindow window = doc.window();
        Optional<LocalDateTime> start = window.start();
        Optional<LocalDateTime> end = window.end();
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            warnings.add(new PostmortemWarning(PostmortemWarning.Code.END_BEFORE_START,
                    "The incident ends (" + describe(end.get()) + ") before it starts (" + describe(start.get()) + ")."));
        }
        if (start.isPresent() && window.zone().isPresent() && window.zone().get().contradictsDaylightAt(start.get())) {
            ZoneLabel zone = window.zone().get();
            String actual = zone.claim() == ZoneLabel.Claim.STANDARD ? "daylight" : "standard";
            warnings.add(new PostmortemWarning(PostmortemWarning.Code.ZONE_LABEL_DAYLIGHT_MISMATCH,
                    "The zone is written " + zone.text() + ", but " + zone.zone().getId() + " is on " + actual
                            + " time on " + TemplateFormats.date(start.get().toLocalDate())
                            + "; the label is kept as written."));
        }
        List<Optional<LocalDateTime>> at = ResponseMetrics.resolveTimes(items, TemplateFormats.firstDay(doc));
        for (int i = 0; i < items.size(); i++) {
            Optional<LocalDateTime> t = at.get(i);
            if (t.isEmpty()) {
                continue;
            }
            boolean early = start.isPresent() && t.get().isBefore(start.get());
            boolean late = end.isPresent() && t.get().isAfter(end.get());
            if (early || late) {
                warnings.add(new PostmortemWarning(PostmortemWarning.Code.ENTRY_OUTSIDE_WINDOW,
                        "The entry at " + describe(t.get()) + " (\"" + abbreviate(items.get(i).text())
                                + "\") is " + (early ? "before the start" : "after the end") + " of the incident."));
            }
        }
        return warnings;
    }

    private static String describe(LocalDateTime t) {
        return TemplateFormats.date(t.toLocalDate()) + ", " + TemplateFormats.time(t.toLocalTime());
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
