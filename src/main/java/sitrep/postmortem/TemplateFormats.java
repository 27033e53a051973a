package sitrep.postmortem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import sitrep.domain.TimeFormats;

/**
 * The wording every renderer shares, so text, Markdown and HTML say the same thing: dates as
 * "June 10, 2023", times as 24-hour "14:00", the Duration line, timeline bullet heads and metric values.
 */
public final class TemplateFormats {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    static final DateTimeFormatter TIME = TimeFormats.CLOCK_MINUTES;
    /** Written where the end of an incident is not known; the importer reads it back as "no end". */
    static final String UNKNOWN_END = "unknown";

    private TemplateFormats() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    /** "Service Outage - June 10, 2023", or the bare title when no date is known. */
    public static String titleLine(PostmortemDocument doc) {
        // A title that already ends with its date ("Drill: Service Outage - June 10, 2023") is not dated twice.
        return doc.titleDate().filter(d -> !doc.title().strip().endsWith(date(d)))
                .map(d -> doc.title() + " - " + date(d)).orElse(doc.title());
    }

    /**
     * The impact as the Summary states it: the author's text and, when known, the share of users affected
     * ("... (80% of users affected)"), unless the text already says it.
     */
    public static String impactLine(Impact impact) {
        String text = impact.text().strip();
        if (impact.usersAffectedPercent().isEmpty()) {
            return text;
        }
        double p = impact.usersAffectedPercent().getAsDouble();
        String share = (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + "% of users affected";
        if (text.isEmpty()) {
            return share.substring(0, 1).toUpperCase(Locale.ROOT) + share.substring(1);
        }
        return text.contains(share.substring(0, share.indexOf('%') + 1)) ? text : text + " (" + share + ")";
    }

    /**
     * "June 10, 2023, 14:00 - 17:30 (PST)"; a multi-day incident names both dates
     * ("June 10, 2023, 22:00 - June 11, 2023, 01:30 (UTC)"). Empty without a start.
     */
    public static Optional<String> durationLine(IncidentWindow window) {
        if (window.start().isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime start = window.start().get();
        StringBuilder line = new StringBuilder(date(start.toLocalDate())).append(", ").append(time(start.toLocalTime()))
                .append(" - ");
        if (window.end().isEmpty()) {
            line.append(UNKNOWN_END);
        } else {
            LocalDateTime end = window.end().get();
            if (!end.toLocalDate().equals(start.toLocalDate())) {
                line.append(date(end.toLocalDate())).append(", ");
            }
            line.append(time(end.toLocalTime()));
        }
        window.zone().ifPresent(z -> line.append(" (").append(z.text()).append(')'));
        return Optional.of(line.toString());
    }

    /** The day whose bullets carry no date: the incident's start date, else the first timed item's. */
    public static Optional<LocalDate> firstDay(PostmortemDocument doc) {
        return doc.window().start().map(LocalDateTime::toLocalDate)
                .or(() -> doc.includedTimeline().stream().flatMap(i -> i.date().stream()).findFirst());
    }

    /** "14:00", "June 11, 2023, 01:30" after the first day, or the label of an untimed item. */
    static String itemHead(TimelineItem item, Optional<LocalDate> firstDay) {
        if (item.time().isEmpty()) {
            return item.label().orElse("");
        }
        String time = time(item.time().get());
        if (item.date().isPresent() && firstDay.isPresent() && !item.date().get().equals(firstDay.get())) {
            return date(item.date().get()) + ", " + time;
        }
        return time;
    }

    /** "45 min", "1 h 30 min", "26 h 5 min"; negative durations keep their sign. */
    public static String duration(Duration d) {
        long minutes = d.toMinutes();
        String sign = minutes < 0 ? "-" : "";
        minutes = Math.abs(minutes);
        if (minutes < 60) {
            return sign + minutes + " min";
        }
        return sign + (minutes / 60) + " h " + (minutes % 60) + " min";
    }

    /** The appendix rows: metric name and value, "n/a" where the timeline cannot tell. */
    static List<String[]> metricRows(ResponseMetrics m) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Time to detect", m.timeToDetect()));
        rows.add(row("Time to escalate", m.timeToEscalate()));
        rows.add(row("Time to identify the root cause", m.timeToIdentifyRootCause()));
        rows.add(row("Time to mitigate", m.timeToMitigate()));
        rows.add(row("Time to resolve", m.timeToResolve()));
        rows.add(row("Time on misleading leads", m.timeOnMisleadingLeads()));
        return rows;
    }

    private static String[] row(String name, Optional<Duration> value) {
        return new String[] {name, value.map(TemplateFormats::duration).orElse("n/a")};
    }

    /** Owner and due date after a task: "(owner: alice, due: June 30, 2023)". */
    static String taskSuffix(Task task) {
        List<String> parts = new ArrayList<>();
        task.owner().ifPresent(o -> parts.add("owner: " + o));
        task.due().ifPresent(d -> parts.add("due: " + date(d)));
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /** "Name: description", or just the one that is set. */
    static String measureHead(Measure m) {
        if (m.description().isEmpty()) {
            return m.name();
        }
        return m.name().isEmpty() ? m.description() : m.name() + ": " + m.description();
    }
}
