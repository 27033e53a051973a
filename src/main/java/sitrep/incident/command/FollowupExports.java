package sitrep.incident.command;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import sitrep.json.SharedGson;

/**
 * Follow-ups as Jira's CSV import takes them, as a Markdown checklist and as JSON. Pure functions: the
 * caller writes the result (atomically) or prints it.
 */
public final class FollowupExports {

    /** The columns Jira's importer maps without configuration. */
    public static final List<String> CSV_HEADER = List.of("Summary", "Description", "Assignee", "Due date", "Priority",
            "Labels");
    /** Jira's default date format for CSV import ("dd/MMM/yy"). */
    private static final DateTimeFormatter JIRA_DATE = DateTimeFormatter.ofPattern("dd/MMM/yy", Locale.ENGLISH);

    private FollowupExports() {
    }

    /**
     * @param incidentTitle goes into each description and, slugged, a label, so the issues find their incident
     */
    public static String csv(List<Followup> followups, String incidentTitle) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER.toArray(String[]::new))
                .setRecordSeparator("\r\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Followup f : followups) {
                csv.printRecord(f.text(), description(f, incidentTitle), f.owner().orElse(""),
                        f.due().map(JIRA_DATE::format).orElse(""), f.priority().map(FollowupPriority::label).orElse(""),
                        labels(incidentTitle));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** "- [ ] F1 Summary (owner: alice, due: 2023-06-30, priority: High)". */
    public static String markdown(List<Followup> followups) {
        StringBuilder b = new StringBuilder();
        for (Followup f : followups) {
            b.append("- [").append(f.done() ? 'x' : ' ').append("] ").append(f.reference()).append(' ')
                    .append(f.text().replace("\n", " "));
            String marks = marks(f);
            if (!marks.isEmpty()) {
                b.append(" (").append(marks).append(')');
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** A JSON list of {ref, summary, owner, due, priority, done, author, noted}; absent marks are null. */
    public static String json(List<Followup> followups) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Followup f : followups) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ref", f.reference());
            m.put("summary", f.text());
            m.put("owner", f.owner().orElse(null));
            m.put("due", f.due().map(Object::toString).orElse(null));
            m.put("priority", f.priority().map(FollowupPriority::label).orElse(null));
            m.put("done", f.done());
            m.put("author", f.author());
            m.put("noted", f.noted().toString());
            list.add(m);
        }
        return SharedGson.PRETTY_WITH_NULLS.toJson(list) + "\n";
    }

    /** "owner: alice, due: 2023-06-30, priority: High", empty when none is set. */
    public static String marks(Followup f) {
        List<String> parts = new ArrayList<>();
        f.owner().ifPresent(o -> parts.add("owner: " + o));
        f.due().ifPresent(d -> parts.add("due: " + d));
        f.priority().ifPresent(p -> parts.add("priority: " + p.label()));
        return String.join(", ", parts);
    }

    private static String description(Followup f, String incidentTitle) {
        return "Follow-up " + f.reference() + " of the incident \"" + incidentTitle + "\", noted by " + f.author()
                + " at " + f.noted() + "." + (f.done() ? " Done." : "");
    }

    /** One label per cell (Jira splits several into several columns): "incident-<slug of the title>". */
    private static String labels(String incidentTitle) {
        String slug = incidentTitle.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "incident-followup" : "incident-" + slug;
    }
}
