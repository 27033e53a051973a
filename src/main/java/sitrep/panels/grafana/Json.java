package sitrep.panels.grafana;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Lenient reads of Grafana's JSON, whose fields changed type across versions (numbers as strings, nulls). */
final class Json {

    private Json() {
    }

    static JsonObject object(JsonObject o, String field) {
        JsonElement e = o == null ? null : o.get(field);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : new JsonObject();
    }

    static JsonArray array(JsonObject o, String field) {
        JsonElement e = o == null ? null : o.get(field);
        return e != null && e.isJsonArray() ? e.getAsJsonArray() : new JsonArray();
    }

    /** A string field, or empty when missing, null or not a primitive. */
    static String string(JsonObject o, String field) {
        return text(o == null ? null : o.get(field));
    }

    static String text(JsonElement e) {
        return e != null && e.isJsonPrimitive() ? e.getAsString() : "";
    }

    static boolean bool(JsonObject o, String field) {
        JsonElement e = o == null ? null : o.get(field);
        if (e == null || !e.isJsonPrimitive()) {
            return false;
        }
        return e.getAsJsonPrimitive().isBoolean() ? e.getAsBoolean() : "true".equalsIgnoreCase(e.getAsString());
    }

    /** A number written as a number or a string ("0", "100"), or null. */
    static Double number(JsonObject o, String field) {
        return number(o == null ? null : o.get(field));
    }

    static Double number(JsonElement e) {
        if (e == null || !e.isJsonPrimitive()) {
            return null;
        }
        try {
            double d = Double.parseDouble(e.getAsString().strip());
            return Double.isNaN(d) ? null : d;
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
