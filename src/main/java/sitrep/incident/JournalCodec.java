package sitrep.incident;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import sitrep.domain.EntryKind;

/** Turns records into single JSON lines and back. The only place that knows the wire form. */
final class JournalCodec {

    /** The wire form: flat, optional fields left out, times as ISO-8601 UTC strings. */
    @SuppressWarnings("unused")
    private static final class Wire {
        Integer v;
        String type;
        String id;
        String entry;
        String author;
        String written;
        String event;
        String kind;
        String text;
        Map<String, String> evidence;
        String field;
        String value;
    }

    /** A line read back: either a record, or why it was skipped. */
    record Decoded(JournalRecord record, String problem) {
    }

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private JournalCodec() {
    }

    /** One line of JSON, without the trailing newline. Gson escapes control characters, so it is one line. */
    static String encode(JournalRecord r) {
        Wire w = new Wire();
        w.v = JournalRecord.VERSION;
        w.type = r.type().wireName();
        w.id = r.id();
        w.entry = r.entryId();
        w.author = r.author();
        w.written = r.written().toString();
        w.event = r.event() == null ? null : r.event().toString();
        w.kind = r.kind() == null ? null : r.kind().wireName();
        w.text = r.text();
        w.evidence = r.evidence().isEmpty() ? null : r.evidence();
        w.field = r.field();
        w.value = r.value();
        return GSON.toJson(w);
    }

    static Decoded decode(String line) {
        Wire w;
        try {
            w = GSON.fromJson(line, Wire.class);
        } catch (JsonParseException | IllegalStateException e) {
            return problem("not valid JSON");
        }
        if (w == null) {
            return problem("empty");
        }
        if (w.v == null) {
            return problem("no format version \"v\"");
        }
        if (w.v > JournalRecord.VERSION) {
            return problem("format version " + w.v + " is newer than this Sitrep reads (" + JournalRecord.VERSION
                    + "); update Sitrep to see it");
        }
        JournalRecord.Type type = JournalRecord.Type.fromWire(w.type);
        if (type == null) {
            return problem("unknown record type '" + w.type + "'");
        }
        try {
            EntryKind kind = w.kind == null ? null : EntryKind.parse(w.kind);
            return new Decoded(new JournalRecord(type, w.id, w.entry, w.author, instant(w.written),
                    instant(w.event), kind, w.text, w.evidence, w.field, w.value), null);
        } catch (NullPointerException e) {
            return problem("missing field " + e.getMessage());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return problem(e.getMessage());
        }
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    private static Decoded problem(String why) {
        return new Decoded(null, why);
    }
}
