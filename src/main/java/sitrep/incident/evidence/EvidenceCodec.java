package sitrep.incident.evidence;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import sitrep.domain.Alert;
import sitrep.domain.AlertState;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.SecretMask;
import sitrep.domain.SourceKind;
import sitrep.domain.StatusIncident;

/**
 * The evidence line format (README, "Drills and evidence"): one JSON object per line, {@code "t"} its type,
 * times as epoch milliseconds, values as numbers or, when not finite, the strings "NaN", "+Inf", "-Inf".
 * Short keys because a long incident writes tens of thousands of lines.
 */
final class EvidenceCodec {

    private EvidenceCodec() {
    }

    /** Builds one line with a JsonWriter; the body writes the fields after {@code "t"}. */
    interface Body {
        void write(JsonWriter w) throws IOException;
    }

    static String line(String type, Body body) {
        StringWriter out = new StringWriter(256);
        // Evidence is an output boundary: every string a server sent (labels, details, summaries) is masked.
        try (JsonWriter w = new MaskingJsonWriter(out)) {
            w.setHtmlSafe(false);
            w.beginObject();
            w.name("t").value(type);
            body.write(w);
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static final class MaskingJsonWriter extends JsonWriter {
        MaskingJsonWriter(Writer out) {
            super(out);
        }

        @Override
        public JsonWriter value(String value) throws IOException {
            return super.value(SecretMask.mask(value));
        }
    }

    static void number(JsonWriter w, double v) throws IOException {
        if (Double.isNaN(v)) {
            w.value("NaN");
        } else if (Double.isInfinite(v)) {
            w.value(v > 0 ? "+Inf" : "-Inf");
        } else {
            w.value(v);
        }
    }

    static double number(JsonElement e) {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            return switch (e.getAsString()) {
                case "NaN" -> Double.NaN;
                case "+Inf" -> Double.POSITIVE_INFINITY;
                case "-Inf" -> Double.NEGATIVE_INFINITY;
                default -> throw new IllegalArgumentException("not a number: " + e.getAsString());
            };
        }
        return e.getAsDouble();
    }

    static void stringMap(JsonWriter w, String name, Map<String, String> map) throws IOException {
        w.name(name).beginObject();
        // Sorted, so equal label sets always read the same in the file.
        for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
            w.name(e.getKey()).value(e.getValue());
        }
        w.endObject();
    }

    static Map<String, String> stringMap(JsonObject o, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        if (o.has(name) && o.get(name).isJsonObject()) {
            o.getAsJsonObject(name).entrySet().forEach(e -> out.put(e.getKey(), e.getValue().getAsString()));
        }
        return out;
    }

    static void millis(JsonWriter w, String name, Instant t) throws IOException {
        if (t != null) {
            w.name(name).value(t.toEpochMilli());
        }
    }

    static Instant millis(JsonObject o, String name) {
        return o.has(name) && !o.get(name).isJsonNull() ? Instant.ofEpochMilli(o.get(name).getAsLong()) : null;
    }

    static String string(JsonObject o, String name) {
        return o.has(name) && !o.get(name).isJsonNull() ? o.get(name).getAsString() : null;
    }

    static void optional(JsonWriter w, String name, String value) throws IOException {
        if (value != null) {
            w.name(name).value(value);
        }
    }

    static void components(JsonWriter w, List<ComponentStatus> components) throws IOException {
        w.name("comp").beginArray();
        for (ComponentStatus c : components) {
            w.beginObject().name("n").value(c.name());
            optional(w, "g", c.group());
            w.name("l").value(c.level().code());
            millis(w, "since", c.since());
            optional(w, "d", c.detail());
            w.endObject();
        }
        w.endArray();
    }

    static List<ComponentStatus> components(JsonObject o) {
        List<ComponentStatus> out = new ArrayList<>();
        for (JsonElement e : array(o, "comp")) {
            JsonObject c = e.getAsJsonObject();
            out.add(new ComponentStatus(string(c, "n"), string(c, "g"), level(string(c, "l")), millis(c, "since"),
                    string(c, "d")));
        }
        return out;
    }

    static void alerts(JsonWriter w, List<Alert> alerts) throws IOException {
        w.name("alerts").beginArray();
        for (Alert a : alerts) {
            w.beginObject().name("n").value(a.name()).name("sev").value(a.severity()).name("sum").value(a.summary())
                    .name("st").value(a.state().code());
            millis(w, "start", a.startsAt());
            millis(w, "end", a.endsAt());
            strings(w, "sil", a.silencedBy());
            strings(w, "inh", a.inhibitedBy());
            stringMap(w, "labels", a.labels());
            w.endObject();
        }
        w.endArray();
    }

    static List<Alert> alerts(JsonObject o) {
        List<Alert> out = new ArrayList<>();
        for (JsonElement e : array(o, "alerts")) {
            JsonObject a = e.getAsJsonObject();
            out.add(new Alert(string(a, "n"), string(a, "sev"), string(a, "sum"), alertState(string(a, "st")),
                    millis(a, "start"), millis(a, "end"), strings(a, "sil"), strings(a, "inh"), stringMap(a, "labels")));
        }
        return out;
    }

    static void incidents(JsonWriter w, List<StatusIncident> incidents) throws IOException {
        w.name("inc").beginArray();
        for (StatusIncident i : incidents) {
            w.beginObject().name("n").value(i.name());
            optional(w, "st", i.status());
            optional(w, "imp", i.impact());
            w.name("m").value(i.maintenance());
            millis(w, "start", i.startedAt());
            w.name("upd").beginArray();
            for (StatusIncident.Update u : i.updates()) {
                w.beginObject();
                optional(w, "st", u.status());
                optional(w, "b", u.body());
                millis(w, "at", u.at());
                w.endObject();
            }
            w.endArray().endObject();
        }
        w.endArray();
    }

    static List<StatusIncident> incidents(JsonObject o) {
        List<StatusIncident> out = new ArrayList<>();
        for (JsonElement e : array(o, "inc")) {
            JsonObject i = e.getAsJsonObject();
            List<StatusIncident.Update> updates = new ArrayList<>();
            for (JsonElement ue : array(i, "upd")) {
                JsonObject u = ue.getAsJsonObject();
                updates.add(new StatusIncident.Update(string(u, "st"), string(u, "b"), millis(u, "at")));
            }
            out.add(new StatusIncident(string(i, "n"), string(i, "st"), string(i, "imp"),
                    i.has("m") && i.get("m").getAsBoolean(), millis(i, "start"), updates));
        }
        return out;
    }

    static void strings(JsonWriter w, String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        w.name(name).beginArray();
        for (String s : values) {
            w.value(s);
        }
        w.endArray();
    }

    static List<String> strings(JsonObject o, String name) {
        List<String> out = new ArrayList<>();
        array(o, name).forEach(e -> out.add(e.getAsString()));
        return out;
    }

    static JsonArray array(JsonObject o, String name) {
        return o.has(name) && o.get(name).isJsonArray() ? o.getAsJsonArray(name) : new JsonArray();
    }

    static HealthLevel level(String code) {
        for (HealthLevel l : HealthLevel.values()) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown level " + code);
    }

    static AlertState alertState(String code) {
        for (AlertState s : AlertState.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown alert state " + code);
    }

    static SourceKind kind(String code) {
        for (SourceKind k : SourceKind.values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown source kind " + code);
    }

    static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * 1e9));
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
