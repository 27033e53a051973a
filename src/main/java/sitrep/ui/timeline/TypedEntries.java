package sitrep.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import sitrep.domain.EntryKind;
import sitrep.domain.TimelineEntry;
import sitrep.incident.JournalRecord;
import sitrep.incident.QuickEntryParser;
import sitrep.incident.command.CommandEntries;

/**
 * Turns what a responder typed (a quick-entry line, an inline edit) into the journal record or entry change it
 * means. Stateless; a line that cannot be read is an {@link IllegalArgumentException} whose message is the one
 * line shown to the responder.
 */
final class TypedEntries {

    private TypedEntries() {
    }

    /** The new entry a quick-entry line asks for: a follow-up when it says so, a note or other kind otherwise. */
    static JournalRecord quickEntry(String line, ZoneId zone, Instant now, String author) {
        QuickEntryParser.ParsedEntry parsed = QuickEntryParser.parse(line, zone, now);
        return parsed.kind() == EntryKind.FOLLOWUP
                ? CommandEntries.followup(parsed.text(), now.atZone(zone).toLocalDate(), author, now, parsed.eventTime())
                : JournalRecord.added(JournalRecord.newId(), author, now, parsed.eventTime(), parsed.kind(),
                        parsed.text(), Map.of());
    }

    /**
     * The change an inline edit makes to {@code e}; empty when it changes nothing. A null text or kind and a
     * blank time keep the entry's own; the time is read like the quick-entry time, near the entry's current time.
     */
    static Optional<EntryChange> edit(TimelineEntry e, String text, String time, EntryKind kind, ZoneId zone,
                                      Instant now) {
        Instant event = time == null || time.isBlank()
                ? e.eventTime()
                : QuickEntryParser.parseTime(time, zone, now, e.eventTime());
        String newText = text == null ? e.text() : text.strip();
        if (newText.isEmpty()) {
            throw new IllegalArgumentException("an entry needs text; to remove it, delete it");
        }
        EntryKind newKind = kind == null ? e.kind() : kind;
        if (event.equals(e.eventTime()) && newKind == e.kind() && newText.equals(e.text())) {
            return Optional.empty();
        }
        return Optional.of(EntryChange.edited(e.id(), EntryChange.Step.content(e.eventTime(), e.kind(), e.text()),
                EntryChange.Step.content(event, newKind, newText)));
    }
}
