package sitrep.incident.command;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sitrep.domain.TimeFormats;

/**
 * A stakeholder update as posted: the state and the three short fields of the CAN format (Conditions,
 * Actions, Needs). Its plain-text and Markdown forms are what goes to chat, mail or a status page.
 */
public record StakeholderUpdate(IncidentState state, String conditions, String actions, String needs) {

    private static final DateTimeFormatter TIME = TimeFormats.CLOCK_MINUTES;

    public StakeholderUpdate {
        Objects.requireNonNull(state, "state");
        conditions = conditions == null ? "" : conditions.strip();
        actions = actions == null ? "" : actions.strip();
        needs = needs == null ? "" : needs.strip();
    }

    private static final Pattern LABEL = Pattern.compile(
            "(?i)(?:^|\\s)(conditions|actions|needs)\\s*:\\s*");

    /**
     * Reads "Conditions: ... Actions: ... Needs: ..." (any of them, in any order); text without labels is
     * the conditions.
     */
    public static StakeholderUpdate fromText(IncidentState state, String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = LABEL.matcher(t);
        Map<String, String> parts = new HashMap<>();
        String label = "conditions";
        int from = 0;
        while (m.find()) {
            parts.merge(label, t.substring(from, m.start()).strip(), (a, b) -> (a + " " + b).strip());
            label = m.group(1).toLowerCase(Locale.ROOT);
            from = m.end();
        }
        parts.merge(label, t.substring(from).strip(), (a, b) -> (a + " " + b).strip());
        return new StakeholderUpdate(state, parts.get("conditions"), parts.get("actions"), parts.get("needs"));
    }

    /** The state an update speaks of: a reopened incident is being investigated again. */
    public static IncidentState stateFor(IncidentState status) {
        return status == IncidentState.REOPENED ? IncidentState.INVESTIGATING : status;
    }

    public boolean isBlank() {
        return conditions.isEmpty() && actions.isEmpty() && needs.isEmpty();
    }

    /** The one line the timeline shows: "Update (identified): conditions / actions / needs". */
    public String summary() {
        StringBuilder b = new StringBuilder("Update (").append(state.wireName()).append("): ");
        String sep = "";
        for (String part : new String[] {conditions, actions, needs}) {
            if (!part.isEmpty()) {
                b.append(sep).append(part.replaceAll("\\s+", " "));
                sep = " / ";
            }
        }
        return sep.isEmpty() ? b.append("no details").toString() : b.toString();
    }

    /** Plain text for chat or mail. */
    public String plainText(String title, Instant at, ZoneId zone, String zoneLabel) {
        StringBuilder b = new StringBuilder();
        b.append(title).append(" - ").append(state.label()).append(" (").append(TIME.format(at.atZone(zone)))
                .append(' ').append(zoneLabel).append(")\n");
        line(b, "Conditions", conditions);
        line(b, "Actions", actions);
        line(b, "Needs", needs);
        return b.toString();
    }

    /** Markdown for a status page or a chat that renders it. */
    public String markdown(String title, Instant at, ZoneId zone, String zoneLabel) {
        StringBuilder b = new StringBuilder();
        b.append("**").append(title).append(" - ").append(state.label()).append("** (")
                .append(TIME.format(at.atZone(zone))).append(' ').append(zoneLabel).append(")\n\n");
        mdLine(b, "Conditions", conditions);
        mdLine(b, "Actions", actions);
        mdLine(b, "Needs", needs);
        return b.toString();
    }

    private static void line(StringBuilder b, String label, String text) {
        if (!text.isEmpty()) {
            b.append(label).append(": ").append(text).append('\n');
        }
    }

    private static void mdLine(StringBuilder b, String label, String text) {
        if (!text.isEmpty()) {
            b.append("- **").append(label).append(":** ").append(text.replace("\n", "\n  ")).append('\n');
        }
    }
}
