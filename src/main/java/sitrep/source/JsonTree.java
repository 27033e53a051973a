package sitrep.source;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tolerant reads from small JSON trees (alerts, targets, status pages): a missing optional field is
 * null, a field of the wrong type is a {@link JsonShapeException} naming it.
 */
public final class JsonTree {

    private JsonTree() {
    }

    public static JsonObject object(JsonElement e, String what) {
        if (e == null || !e.isJsonObject()) {
            throw new JsonShapeException("expected " + what + " to be an object but found " + describe(e));
        }
        return e.getAsJsonObject();
    }

    public static JsonArray array(JsonElement e, String what) {
        if (e == null || !e.isJsonArray()) {
            throw new JsonShapeException("expected " + what + " to be an array but found " + describe(e));
        }
        return e.getAsJsonArray();
    }

    /** An optional array member: empty when absent or null. */
    public static JsonArray arrayOrEmpty(JsonObject o, String member) {
        JsonElement e = o.get(member);
        return e == null || e.isJsonNull() ? new JsonArray() : array(e, "\"" + member + "\"");
    }

    public static String string(JsonObject o, String member) {
        JsonElement e = o.get(member);
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (!e.isJsonPrimitive()) {
            throw new JsonShapeException("expected \"" + member + "\" to be a string but found " + describe(e));
        }
        return e.getAsString();
    }

    public static Map<String, String> stringMap(JsonObject o, String member) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonElement e = o.get(member);
        if (e == null || e.isJsonNull()) {
            return out;
        }
        for (Map.Entry<String, JsonElement> m : object(e, "\"" + member + "\"").entrySet()) {
            if (m.getValue().isJsonPrimitive()) {
                out.put(m.getKey(), m.getValue().getAsString());
            }
        }
        return out;
    }

    public static List<String> strings(JsonObject o, String member) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : arrayOrEmpty(o, member)) {
            out.add(e.getAsString());
        }
        return out;
    }

    /** An RFC 3339 time, or null when absent, empty or unparsable (sources differ; none is worth failing for). */
    public static Instant instant(JsonObject o, String member) {
        String s = string(o, member);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String describe(JsonElement e) {
        if (e == null) {
            return "nothing";
        }
        if (e.isJsonArray()) {
            return "an array";
        }
        if (e.isJsonObject()) {
            return "an object";
        }
        if (e.isJsonNull()) {
            return "null";
        }
        return "a value";
    }
}
