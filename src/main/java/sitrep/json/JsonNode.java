package sitrep.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's one path-aware reader: a JSON value together with its path ({@code $.series[2].phases[0].to}),
 * so every complaint about a document a person wrote (a drill scenario, {@code incident.json}, settings) says
 * exactly where the problem is, in words and never in a library's terms. Wire answers from servers are bound
 * to records by {@link SharedGson} instead; only documents whose errors must name a path are read here.
 * Every problem is a {@link JsonPathException} whose message starts with the path.
 */
public final class JsonNode {

    private static final Pattern WHERE = Pattern.compile("line (\\d+) column (\\d+)");

    private final JsonElement element;
    private final String path;

    JsonNode(JsonElement element, String path) {
        this.element = element;
        this.path = path;
    }

    /**
     * Parses a whole document; a syntax error is one line that says where, in words ("not valid JSON (line
     * 3, column 7)"), never the parser's class names or advice.
     */
    public static JsonNode parse(String json) {
        try {
            return root(JsonParser.parseString(json));
        } catch (JsonParseException e) {
            Matcher where = WHERE.matcher(String.valueOf(e.getMessage()));
            throw new JsonPathException("not valid JSON" + (where.find()
                    ? " (line " + where.group(1) + ", column " + where.group(2) + ")" : ""));
        }
    }

    /** The root of a parsed document, at path {@code $}. */
    public static JsonNode root(JsonElement tree) {
        return new JsonNode(tree, "$");
    }

    public String path() {
        return path;
    }

    /** A problem with this value, its path first: {@code $.start: expected a string, found 5}. */
    public JsonPathException error(String what) {
        return new JsonPathException(path + ": " + what);
    }

    private JsonObject object() {
        if (element == null || !element.isJsonObject()) {
            throw error("expected an object, found " + describe());
        }
        return element.getAsJsonObject();
    }

    /** Refuses fields other than {@code allowed}: a misspelt field would otherwise be silently ignored. */
    public void allowOnly(Set<String> allowed) {
        for (String key : object().keySet()) {
            if (!allowed.contains(key)) {
                throw new JsonPathException(path + "." + key + ": unknown field (expected one of "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    public boolean has(String key) {
        JsonElement e = object().get(key);
        return e != null && !e.isJsonNull();
    }

    public JsonNode field(String key) {
        JsonElement e = object().get(key);
        if (e == null || e.isJsonNull()) {
            throw new JsonPathException(path + "." + key + ": required field is missing");
        }
        return new JsonNode(e, path + "." + key);
    }

    public String string() {
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
            return element.getAsString();
        }
        throw error("expected a string, found " + describe());
    }

    public double number() {
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isNumber()) {
            return element.getAsDouble();
        }
        throw error("expected a number, found " + describe());
    }

    public boolean bool() {
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isBoolean()) {
            return element.getAsBoolean();
        }
        throw error("expected true or false, found " + describe());
    }

    public boolean bool(String key, boolean fallback) {
        return has(key) ? field(key).bool() : fallback;
    }

    public String string(String key, String fallback) {
        return has(key) ? field(key).string() : fallback;
    }

    public double number(String key, double fallback) {
        return has(key) ? field(key).number() : fallback;
    }

    /** The elements of an array; a single string is taken as a one-element array where lists are allowed. */
    public List<JsonNode> elements() {
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

    public List<JsonNode> elements(String key) {
        return has(key) ? field(key).elements() : List.of();
    }

    public Map<String, String> stringMap(String key) {
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
