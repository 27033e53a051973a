package sitrep.app;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sitrep.domain.Alert;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.MetricSeries;
import sitrep.domain.SecretMask;
import sitrep.domain.SourceKind;
import sitrep.domain.StatusIncident;
import sitrep.domain.SourceSnapshot;
import sitrep.domain.TerminalText;
import sitrep.json.SharedGson;
import sitrep.source.SourceError;

/** The outcome of {@code sitrep check}, rendered as a table for people or one JSON object for scripts. */
final class CheckReport {

    /** One source: a snapshot when it answered, an error when it did not. */
    record Row(String url, SourceKind kind, SourceSnapshot snapshot, SourceError error) {

        static Row of(SourceSnapshot s) {
            return new Row(s.source(), s.kind(), s, null);
        }

        static Row failed(String url, SourceKind kind, SourceError e) {
            return new Row(url, kind, null, e);
        }

        boolean reachable() {
            return snapshot != null;
        }

        HealthLevel level() {
            return snapshot == null ? HealthLevel.UNKNOWN : snapshot.level();
        }

        List<ComponentStatus> components() {
            return snapshot == null ? List.of() : snapshot.components();
        }

        List<Alert> alerts() {
            return snapshot == null ? List.of() : snapshot.alerts();
        }
    }

    private final List<Row> rows;

    CheckReport(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    boolean allWell() {
        return rows.stream().allMatch(r -> r.reachable() && r.level() == HealthLevel.OPERATIONAL);
    }

    String table() {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"SOURCE", "KIND", "REACHABLE", "LATENCY", "VERSION", "LEVEL", "COMPONENTS", "FIRING"});
        for (Row r : rows) {
            long okCount = r.components().stream().filter(c -> c.level() == HealthLevel.OPERATIONAL).count();
            cells.add(new String[] {safe(r.url()), r.kind() == null ? "-" : r.kind().code(), r.reachable() ? "yes" : "no",
                r.reachable() ? millis(r.snapshot().latency()) + " ms" : "-",
                r.snapshot() == null || r.snapshot().version() == null ? "-" : safe(r.snapshot().version()),
                r.level().code(),
                r.components().isEmpty() ? "-" : okCount + "/" + r.components().size() + " ok",
                String.valueOf(r.alerts().stream().filter(a -> a.state().ringing()).count())});
        }
        int[] widths = new int[cells.get(0).length];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < cells.size(); k++) {
            appendRow(sb, cells.get(k), widths);
            if (k > 0) {
                details(sb, rows.get(k - 1));
            }
        }
        return sb.toString();
    }

    private static void appendRow(StringBuilder sb, String[] row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            line.append(row[i]);
            if (i < row.length - 1) {
                line.append(" ".repeat(widths[i] - row[i].length() + 2));
            }
        }
        sb.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }

    private static void details(StringBuilder sb, Row r) {
        String nl = System.lineSeparator();
        if (r.error() != null) {
            sb.append("    error: ").append(safe(r.error().reason())).append(nl);
            return;
        }
        for (ComponentStatus c : r.components()) {
            if (c.level() != HealthLevel.OPERATIONAL) {
                // A status page's group names which "Database" it is; a Prometheus target's name starts with its job.
                boolean grouped = c.group() != null && !c.name().startsWith(c.group() + "/");
                sb.append("    component ").append(safe(grouped ? c.group() + " / " + c.name() : c.name()))
                        .append(": ").append(c.level().code())
                        .append(c.detail() == null ? "" : " - " + safe(c.detail())).append(nl);
            }
        }
        for (StatusIncident i : r.snapshot().incidents()) {
            sb.append(i.maintenance() ? "    maintenance " : "    incident ").append(safe(i.name()))
                    .append(i.status() == null ? "" : " (" + safe(i.status().replace('_', ' '))
                            + (i.impact() == null ? "" : ", impact " + safe(i.impact())) + ")").append(nl);
        }
        for (Alert a : r.alerts()) {
            sb.append("    alert ").append(safe(a.name())).append(' ').append(a.state().code())
                    .append(a.severity().isEmpty() ? "" : " (" + safe(a.severity()) + ")")
                    .append(a.summary().isEmpty() ? "" : ": " + safe(a.summary())).append(nl);
        }
        for (MetricSeries s : r.snapshot().series()) {
            sb.append("    series ").append(safe(String.valueOf(s.labels()))).append(" = ").append(value(s.lastValue())).append(nl);
        }
        for (String w : r.snapshot().warnings()) {
            sb.append("    warning: ").append(safe(w)).append(nl);
        }
    }

    /** Table text: no secret, and nothing a terminal would act on (an ESC sequence, a forged row). */
    private static String safe(String remote) {
        return TerminalText.escape(SecretMask.mask(remote));
    }

    /** Exact text for scripts (control characters are JSON-escaped by Gson), secrets masked. */
    String json() {
        JsonArray sources = new JsonArray();
        for (Row r : rows) {
            JsonObject o = new JsonObject();
            o.addProperty("url", r.url());
            o.addProperty("kind", r.kind() == null ? null : r.kind().code());
            o.addProperty("reachable", r.reachable());
            o.addProperty("latency_ms", r.reachable() ? millis(r.snapshot().latency()) : null);
            o.addProperty("version", r.snapshot() == null ? null : r.snapshot().version());
            o.addProperty("level", r.level().code());
            o.addProperty("error", r.error() == null ? null : r.error().reason());
            JsonArray components = new JsonArray();
            for (ComponentStatus c : r.components()) {
                JsonObject co = new JsonObject();
                co.addProperty("name", c.name());
                co.addProperty("level", c.level().code());
                co.addProperty("detail", c.detail());
                co.addProperty("group", c.group());
                components.add(co);
            }
            o.add("components", components);
            JsonArray alerts = new JsonArray();
            for (Alert a : r.alerts()) {
                JsonObject ao = new JsonObject();
                ao.addProperty("name", a.name());
                ao.addProperty("state", a.state().code());
                ao.addProperty("severity", a.severity());
                ao.addProperty("summary", a.summary());
                alerts.add(ao);
            }
            o.add("alerts", alerts);
            JsonArray incidents = new JsonArray();
            for (StatusIncident i : r.snapshot() == null ? List.<StatusIncident>of() : r.snapshot().incidents()) {
                JsonObject io = new JsonObject();
                io.addProperty("name", i.name());
                io.addProperty("status", i.status());
                io.addProperty("impact", i.impact());
                io.addProperty("maintenance", i.maintenance());
                incidents.add(io);
            }
            o.add("incidents", incidents);
            if (r.snapshot() != null && r.kind() == SourceKind.PROMETHEUS && !r.snapshot().series().isEmpty()) {
                o.add("series", series(r.snapshot().series()));
            }
            if (r.snapshot() != null && !r.snapshot().warnings().isEmpty()) {
                JsonArray w = new JsonArray();
                r.snapshot().warnings().forEach(w::add);
                o.add("warnings", w);
            }
            sources.add(o);
        }
        JsonObject root = new JsonObject();
        root.add("sources", sources);
        return SecretMask.mask(SharedGson.COMPACT_WITH_NULLS.toJson(root))
                + System.lineSeparator();
    }

    private static JsonArray series(List<MetricSeries> list) {
        JsonArray out = new JsonArray();
        for (MetricSeries s : list) {
            JsonObject so = new JsonObject();
            JsonObject labels = new JsonObject();
            for (Map.Entry<String, String> l : new TreeMap<>(s.labels()).entrySet()) {
                labels.addProperty(l.getKey(), l.getValue());
            }
            so.add("labels", labels);
            double v = s.lastValue();
            if (Double.isFinite(v)) {
                so.addProperty("value", v);
            } else if (Double.isNaN(v) && s.size() == 0) {
                so.add("value", JsonNull.INSTANCE);
            } else {
                // JSON has no NaN or infinity; Prometheus' own spelling keeps them readable.
                so.addProperty("value", value(v));
            }
            out.add(so);
        }
        return out;
    }

    private static String value(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static long millis(Duration d) {
        return d.toMillis();
    }
}
