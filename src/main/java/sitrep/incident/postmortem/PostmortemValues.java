package sitrep.incident.postmortem;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import sitrep.json.SharedGson;
import sitrep.postmortem.Impact;
import sitrep.postmortem.Measure;
import sitrep.postmortem.Task;

/**
 * The JSON form of postmortem field values inside {@code postmortem.set} records: plain strings, lists of
 * strings, and small objects with optional members left out. Dates are ISO-8601 (2023-06-30), instants
 * ISO-8601 UTC. Decoding throws {@link IllegalArgumentException} on a value of the wrong shape.
 */
final class PostmortemValues {

    private static final Gson GSON = SharedGson.COMPACT;

    private PostmortemValues() {
    }

    static String json(JsonElement value) {
        return GSON.toJson(value);
    }

    static JsonElement parse(String json) {
        try {
            return JsonParser.parseString(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
        }
    }

    static String text(String value) {
        return json(new JsonPrimitive(value));
    }

    static String readText(JsonElement e) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new IllegalArgumentException("expected a string");
        }
        return e.getAsString();
    }

    static String texts(Collection<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return json(a);
    }

    static List<String> readTexts(JsonElement e) {
        if (!e.isJsonArray()) {
            throw new IllegalArgumentException("expected a list of strings");
        }
        List<String> out = new ArrayList<>();
        e.getAsJsonArray().forEach(item -> out.add(readText(item)));
        return out;
    }

    static String impact(Impact impact) {
        JsonObject o = new JsonObject();
        o.addProperty("text", impact.text());
        if (impact.usersAffectedPercent().isPresent()) {
            o.addProperty("usersAffectedPercent", impact.usersAffectedPercent().getAsDouble());
        }
        return json(o);
    }

    static Impact readImpact(JsonElement e) {
        JsonObject o = object(e);
        JsonElement share = o.get("usersAffectedPercent");
        OptionalDouble percent = share == null || share.isJsonNull() ? OptionalDouble.empty()
                : OptionalDouble.of(share.getAsDouble());
        return new Impact(string(o, "text").orElse(""), percent);
    }

    static String measures(List<Measure> measures) {
        JsonArray a = new JsonArray();
        for (Measure m : measures) {
            JsonObject o = new JsonObject();
            o.addProperty("name", m.name());
            o.addProperty("description", m.description());
            JsonArray tasks = new JsonArray();
            for (Task t : m.tasks()) {
                JsonObject to = new JsonObject();
                to.addProperty("text", t.text());
                t.owner().ifPresent(owner -> to.addProperty("owner", owner));
                t.due().ifPresent(due -> to.addProperty("due", due.toString()));
                tasks.add(to);
            }
            o.add("tasks", tasks);
            a.add(o);
        }
        return json(a);
    }

    static List<Measure> readMeasures(JsonElement e) {
        if (!e.isJsonArray()) {
            throw new IllegalArgumentException("expected a list of measures");
        }
        List<Measure> out = new ArrayList<>();
        for (JsonElement item : e.getAsJsonArray()) {
            JsonObject o = object(item);
            List<Task> tasks = new ArrayList<>();
            JsonElement taskList = o.get("tasks");
            if (taskList != null && taskList.isJsonArray()) {
                for (JsonElement t : taskList.getAsJsonArray()) {
                    JsonObject to = object(t);
                    tasks.add(new Task(string(to, "text").orElse(""), string(to, "owner"),
                            string(to, "due").map(LocalDate::parse)));
                }
            }
            out.add(new Measure(string(o, "name").orElse(""), string(o, "description").orElse(""), tasks));
        }
        return out;
    }

    static String window(Optional<Instant> start, Optional<Instant> end) {
        JsonObject o = new JsonObject();
        o.add("start", start.<JsonElement>map(s -> new JsonPrimitive(s.toString())).orElse(JsonNull.INSTANCE));
        o.add("end", end.<JsonElement>map(s -> new JsonPrimitive(s.toString())).orElse(JsonNull.INSTANCE));
        return SharedGson.COMPACT_WITH_NULLS.toJson(o);
    }

    static Optional<Instant> readWindowEnd(JsonElement e, String which) {
        return string(object(e), which).map(Instant::parse);
    }

    private static JsonObject object(JsonElement e) {
        if (!e.isJsonObject()) {
            throw new IllegalArgumentException("expected an object");
        }
        return e.getAsJsonObject();
    }

    private static Optional<String> string(JsonObject o, String name) {
        JsonElement v = o.get(name);
        return v == null || v.isJsonNull() ? Optional.empty() : Optional.of(readText(v));
    }
}
