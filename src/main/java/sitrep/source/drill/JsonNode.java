package sitrep.source.drill;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON value together with its path ({@code $.series[2].phases[0].to}), so every complaint about a
 * scenario file can say exactly where the problem is.
 */
final class JsonNode {

    private final JsonElement element;
    private final String path;

    JsonNode(JsonElement element, String path) {
        this.element = element;
        this.path = path;
    }

    String path() {
        return path;
    }

    ScenarioException error(String what) {
        return new ScenarioException(path + ": " + what);
    }

    private JsonObject object() throws ScenarioException {
        if (element == null || !element.isJsonObject()) {
            throw error("expected an object, found " + describe());
        }
        return element.getAsJsonObject();
    }

    /** Refuses fields other than {@code allowed}: a misspelt field would otherwise be silently ignored. */
    void allowOnly(Set<String> allowed) throws ScenarioException {
        for (String key : object().keySet()) {
            if (!allowed.contains(key)) {
                throw new ScenarioException(path + "." + key + ": unknown field (expected one of "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    boolean has(String key) throws ScenarioException {
        JsonElement e = object().get(key);
        return e != null && !e.isJsonNull();
    }

    JsonNode field(String key) throws ScenarioException {
        JsonElement e = object().get(key);
        if (e == null || e.isJsonNull()) {
            throw new ScenarioException(path + "." + key + ": required field is missing");
        }
        return new JsonNode(e, path + "." + key);
    }

    String string() throws ScenarioException {
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
            return element.getAsString();
        }
        throw error("expected a string, found " + describe());
    }

    double number() throws ScenarioException {
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isNumber()) {
            return element.getAsDouble();
        }
        throw error("expected a number, found " + describe());
    }

    String string(String key, String fallback) throws ScenarioException {
        return has(key) ? field(key).string() : fallback;
    }

    double number(String key, double fallback) throws ScenarioException {
        return has(key) ? field(key).number() : fallback;
    }

    /** The elements of an array; a single string is taken as a one-element array where lists are allowed. */
    List<JsonNode> elements() throws ScenarioException {
        if (element.isJsonPrimitive()) {
            return List.of(this);
        }
        if (!element.isJsonArray()) {
            throw error("expected an array, found " + describe());
        }
        JsonArray a = element.getAsJsonArray();
        List<JsonNode> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            out.add(new JsonNode(a.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    List<JsonNode> elements(String key) throws ScenarioException {
        return has(key) ? field(key).elements() : List.of();
    }

    Map<String, String> stringMap(String key) throws ScenarioException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!has(key)) {
            return out;
        }
        JsonNode m = field(key);
        for (Map.Entry<String, JsonElement> e : m.object().entrySet()) {
            out.put(e.getKey(), new JsonNode(e.getValue(), m.path + "." + e.getKey()).string());
        }
        return out;
    }

    private String describe() {
        if (element == null || element.isJsonNull()) {
            return "null";
        }
        if (element.isJsonObject()) {
            return "an object";
        }
        if (element.isJsonArray()) {
            return "an array";
        }
        JsonPrimitive p = element.getAsJsonPrimitive();
        return p.isString() ? "the string \"" + p.getAsString() + "\"" : p.toString();
    }
}
