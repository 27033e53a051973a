package sitrep.incident;

import com.google.gson.Gson;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import sitrep.domain.EntryKind;
import sitrep.domain.SecretMask;
import sitrep.json.SharedGson;

/**
 * Turns records into single JSON lines and back; the only place that knows the wire form. Reading uses
 * Gson's streaming reader and a fast path for the times this class writes, because replay reads every
 * line of every responder at start-up (100,000 records in well under a second).
 */
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

    private static final Gson GSON = SharedGson.COMPACT;
    private static final Map<String, EntryKind> KINDS = new HashMap<>();

    static {
        for (EntryKind k : EntryKind.values()) {
            KINDS.put(k.wireName(), k);
        }
    }

    private JournalCodec() {
    }

    /** One line of JSON, without the trailing newline. Gson escapes control characters, so it is one line. */
    static String encode(JournalRecord r) {
        Wire w = new Wire();
        w.v = JournalRecord.VERSION;
        w.type = r.type().wireName();
        w.id = r.id();
        w.entry = r.entryId();
        w.author = SecretMask.mask(r.author());
        w.written = r.written().toString();
        w.event = r.event() == null ? null : r.event().toString();
        w.kind = r.kind() == null ? null : r.kind().wireName();
        // The journal is an output boundary: a token pasted into a note is masked before it is on disk.
        w.text = SecretMask.mask(r.text());
        w.evidence = r.evidence().isEmpty() ? null : masked(r.evidence());
        w.field = r.field();
        w.value = SecretMask.mask(r.value());
        return GSON.toJson(w);
    }

    private static Map<String, String> masked(Map<String, String> evidence) {
        Map<String, String> out = new LinkedHashMap<>();
        evidence.forEach((k, v) -> out.put(k, SecretMask.mask(v)));
        return out;
    }

    static Decoded decode(String line) {
        Wire w;
        try {
            w = read(line);
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            return problem("not valid JSON");
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
            EntryKind kind = w.kind == null ? null : KINDS.get(w.kind);
            if (kind == null && w.kind != null) {
                kind = EntryKind.parse(w.kind);
            }
            return new Decoded(new JournalRecord(type, w.id, w.entry, w.author, instant(w.written),
                    instant(w.event), kind, w.text, w.evidence, w.field, w.value), null);
        } catch (NullPointerException e) {
            return problem("missing field " + e.getMessage());
        } catch (IllegalArgumentException | DateTimeException e) {
            return problem(e.getMessage());
        }
    }

    private static Wire read(String line) throws IOException {
        Wire w = new Wire();
        try (JsonReader in = new JsonReader(new StringReader(line))) {
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "v" -> w.v = in.nextInt();
                    case "type" -> w.type = string(in);
                    case "id" -> w.id = string(in);
                    case "entry" -> w.entry = string(in);
                    case "author" -> w.author = string(in);
                    case "written" -> w.written = string(in);
                    case "event" -> w.event = string(in);
                    case "kind" -> w.kind = string(in);
                    case "text" -> w.text = string(in);
                    case "field" -> w.field = string(in);
                    case "value" -> w.value = string(in);
                    case "evidence" -> w.evidence = map(in);
                    default -> in.skipValue();
                }
            }
            in.endObject();
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new IOException("trailing data");
            }
        }
        return w;
    }

    private static String string(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        return in.nextString();
    }

    private static Map<String, String> map(JsonReader in) throws IOException {
        if (in.peek() == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        in.beginObject();
        while (in.hasNext()) {
            String key = in.nextName();
            String value = string(in);
            if (value != null) {
                m.put(key, value);
            }
        }
        in.endObject();
        return m;
    }

    /**
     * Reads the form {@link Instant#toString} writes (2026-06-10T14:05:30.123Z) without the general
     * formatter, which dominates replay time otherwise; anything else goes through {@link Instant#parse}.
     */
    static Instant instant(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        if (n >= 20 && n <= 30 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T'
                && s.charAt(13) == ':' && s.charAt(16) == ':' && s.charAt(n - 1) == 'Z'
                && (n == 20 || s.charAt(19) == '.')) {
            try {
                long day = LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10)).toEpochDay();
                int h = digits(s, 11, 13);
                int m = digits(s, 14, 16);
                int sec = digits(s, 17, 19);
                if (h < 24 && m < 60 && sec < 60) {
                    int nanos = 0;
                    if (n > 20) {
                        String fraction = s.substring(20, n - 1);
                        nanos = digits(fraction, 0, fraction.length());
                        for (int i = fraction.length(); i < 9; i++) {
                            nanos *= 10;
                        }
                    }
                    return Instant.ofEpochSecond(day * 86_400 + h * 3600L + m * 60L + sec, nanos);
                }
            } catch (DateTimeException | NumberFormatException e) {
                // Not the common form after all; the general parser gives the proper message.
            }
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + s + "' is not an ISO-8601 instant");
        }
    }

    private static int digits(String s, int from, int to) {
        if (to - from > 9 || to <= from) {
            throw new NumberFormatException(s);
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(s);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static Decoded problem(String why) {
        return new Decoded(null, why);
    }
}
