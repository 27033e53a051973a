package sitrep.incident;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import sitrep.domain.EntryKind;

/**
 * One line of a responder's journal: a fact that was written and is never changed. An entry's state is
 * whatever its records say when applied in {@link Journaled#ORDER}; deleting is a retraction record.
 *
 * @param id       unique per record, so the same record read twice (own file, watcher) is applied once
 * @param entryId  the entry the record is about; null for {@link Type#INCIDENT_SET}
 * @param written  when the record was written (merge order across responders)
 * @param event    for added and edited entries: when the thing happened
 * @param field    for {@link Type#INCIDENT_SET}: which incident field; for {@link Type#POSTMORTEM_SET}: which
 *                 postmortem field
 * @param value    for {@link Type#INCIDENT_SET}: its new value, null to clear it; for
 *                 {@link Type#POSTMORTEM_SET}: the field's whole new value as JSON, null to clear it
 */
public record JournalRecord(Type type, String id, String entryId, String author, Instant written,
                            Instant event, EntryKind kind, String text, Map<String, String> evidence,
                            String field, String value) {

    /** The wire format version this build writes; records with a higher one are skipped with a warning. */
    public static final int VERSION = 1;

    public enum Type {
        ENTRY_ADDED("entry.added"),
        ENTRY_EDITED("entry.edited"),
        ENTRY_RETRACTED("entry.retracted"),
        ENTRY_RESTORED("entry.restored"),
        INCIDENT_SET("incident.set"),
        /** Sitrep before this type skips it as an unknown type, with a warning, and still reads the rest. */
        POSTMORTEM_SET("postmortem.set"),
        /**
         * One mark on an entry set or cleared (a star, a follow-up's owner, due date, priority or state):
         * {@code field} names the mark, {@code value} its new value or null to clear it. Latest written wins.
         */
        ENTRY_ANNOTATED("entry.annotated");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        static Type fromWire(String name) {
            for (Type t : values()) {
                if (t.wireName.equals(name)) {
                    return t;
                }
            }
            return null;
        }
    }

    public JournalRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(written, "written");
        checkRange("written", written);
        if (event != null) {
            checkRange("event", event);
        }
        evidence = evidence == null ? Map.of() : Map.copyOf(evidence);
        switch (type) {
            case ENTRY_ADDED, ENTRY_EDITED -> {
                Objects.requireNonNull(entryId, "entry");
                Objects.requireNonNull(event, "event");
                Objects.requireNonNull(kind, "kind");
                Objects.requireNonNull(text, "text");
            }
            case ENTRY_RETRACTED, ENTRY_RESTORED -> Objects.requireNonNull(entryId, "entry");
            case INCIDENT_SET, POSTMORTEM_SET -> Objects.requireNonNull(field, "field");
            case ENTRY_ANNOTATED -> {
                Objects.requireNonNull(entryId, "entry");
                Objects.requireNonNull(field, "field");
            }
            default -> throw new IllegalArgumentException(type.toString());
        }
    }

    /**
     * The times a record may carry: years 1 to 9999 with a day to spare, so that every view can show them in
     * any zone. A record outside is refused when written and skipped with a warning when read.
     */
    public static final Instant EARLIEST = Instant.parse("0001-01-02T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-30T23:59:59Z");

    private static void checkRange(String name, Instant t) {
        if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
            throw new IllegalArgumentException("the " + name + " time " + t + " is outside the times Sitrep keeps,"
                    + " 0001-01-02 to 9999-12-30 (the years 1 to 9999 with a day to spare for every zone)");
        }
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static JournalRecord added(String entryId, String author, Instant written, Instant event,
                                      EntryKind kind, String text, Map<String, String> evidence) {
        return new JournalRecord(Type.ENTRY_ADDED, newId(), entryId, author, written, event, kind, text, evidence,
                null, null);
    }

    public static JournalRecord edited(String entryId, String author, Instant written, Instant event,
                                       EntryKind kind, String text) {
        return new JournalRecord(Type.ENTRY_EDITED, newId(), entryId, author, written, event, kind, text, null,
                null, null);
    }

    public static JournalRecord retracted(String entryId, String author, Instant written) {
        return new JournalRecord(Type.ENTRY_RETRACTED, newId(), entryId, author, written, null, null, null, null,
                null, null);
    }

    public static JournalRecord restored(String entryId, String author, Instant written) {
        return new JournalRecord(Type.ENTRY_RESTORED, newId(), entryId, author, written, null, null, null, null,
                null, null);
    }

    public static JournalRecord incidentSet(String field, String value, String author, Instant written) {
        return new JournalRecord(Type.INCIDENT_SET, newId(), null, author, written, null, null, null, null,
                field, value);
    }

    /** One postmortem field replaced whole: several responders' edits then merge as "latest written wins". */
    public static JournalRecord postmortemSet(String field, String jsonValue, String author, Instant written) {
        return new JournalRecord(Type.POSTMORTEM_SET, newId(), null, author, written, null, null, null, null,
                field, jsonValue);
    }

    /** Sets ({@code value} non-null) or clears one mark of an entry, e.g. {@code star} or {@code followup.owner}. */
    public static JournalRecord annotated(String entryId, String mark, String value, String author, Instant written) {
        return new JournalRecord(Type.ENTRY_ANNOTATED, newId(), entryId, author, written, null, null, null, null,
                mark, value);
    }
}
