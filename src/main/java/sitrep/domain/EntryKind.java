package sitrep.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a timeline entry records. The kinds mirror the postmortem timeline (detection, escalation, root
 * cause, mitigation, resolution) plus the misleading lines of investigation worth counting as lost time.
 */
public enum EntryKind {
    DETECTION("detection"),
    ACTION("action"),
    MISLEADING("misleading"),
    ESCALATION("escalation"),
    ROOT_CAUSE("root-cause"),
    MITIGATION("mitigation"),
    RESOLUTION("resolution"),
    NOTE("note"),
    /** Incident command records: each carries its facts in the entry's evidence (see incident.command). */
    STATUS("status"),
    SEVERITY("severity"),
    ROLE("role"),
    UPDATE("update"),
    FOLLOWUP("followup");

    /** Tags responders type without thinking; each maps to exactly one kind. */
    private static final Map<String, EntryKind> ALIASES = Map.ofEntries(
            Map.entry("detect", DETECTION), Map.entry("detected", DETECTION), Map.entry("alert", DETECTION),
            Map.entry("act", ACTION), Map.entry("did", ACTION),
            Map.entry("mislead", MISLEADING), Map.entry("redherring", MISLEADING),
            Map.entry("red-herring", MISLEADING), Map.entry("deadend", MISLEADING),
            Map.entry("escalate", ESCALATION), Map.entry("escalated", ESCALATION), Map.entry("page", ESCALATION),
            Map.entry("rootcause", ROOT_CAUSE), Map.entry("root_cause", ROOT_CAUSE), Map.entry("rc", ROOT_CAUSE),
            Map.entry("cause", ROOT_CAUSE),
            Map.entry("mitigate", MITIGATION), Map.entry("mitigated", MITIGATION),
            Map.entry("resolve", RESOLUTION), Map.entry("resolved", RESOLUTION), Map.entry("fixed", RESOLUTION),
            Map.entry("notes", NOTE),
            Map.entry("follow-up", FOLLOWUP), Map.entry("todo", FOLLOWUP), Map.entry("actionitem", FOLLOWUP));

    private final String wireName;

    EntryKind(String wireName) {
        this.wireName = wireName;
    }

    /** The lower-case name used in the journal, on the command line and as a {@code #tag}. */
    public String wireName() {
        return wireName;
    }

    /** The kind a tag (without '#', any case) names, by wire name, enum name or alias. */
    public static Optional<EntryKind> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("#")) {
            t = t.substring(1);
        }
        for (EntryKind k : values()) {
            if (k.wireName.equals(t) || k.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(k);
            }
        }
        return Optional.ofNullable(ALIASES.get(t));
    }

    /**
     * Like {@link #fromTag} but for input that must name a kind.
     *
     * @throws IllegalArgumentException naming the culprit and the accepted kinds
     */
    public static EntryKind parse(String tag) {
        return fromTag(tag).orElseThrow(() -> new IllegalArgumentException("unknown kind '"
                // Escaped: the tag comes from a journal or a command line, and the message must stay one line.
                + TerminalText.escape(tag) + "'; use one of detection, action, misleading, escalation, root-cause, mitigation,"
                + " resolution, note, status, severity, role, update, followup"));
    }
}
