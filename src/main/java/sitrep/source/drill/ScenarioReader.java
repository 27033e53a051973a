package sitrep.source.drill;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import sitrep.domain.HealthLevel;
import sitrep.json.JsonNode;
import sitrep.json.JsonPathException;
import sitrep.source.drill.Scenario.ComponentSpec;
import sitrep.source.drill.Scenario.IncidentSpec;
import sitrep.source.drill.Scenario.Inject;
import sitrep.source.drill.Scenario.LevelChange;
import sitrep.source.drill.Scenario.ScenarioAlert;
import sitrep.source.drill.Scenario.SourceSpec;
import sitrep.source.drill.Scenario.StatusPageSpec;
import sitrep.source.drill.Scenario.UpdateSpec;
import sitrep.source.drill.Scenario.Window;

/**
 * Reads a scenario file. Everything is checked here, once, so playback never meets a surprise: unknown
 * fields, shape types and levels, times outside [start, end], phases out of order. Times are ISO-8601
 * instants with an offset, or "HH:mm[:ss]" wall-clock times in the scenario's zone on the start's date
 * (the next day when earlier than the start, for drills that cross midnight).
 */
public final class ScenarioReader {

    private static final Set<String> TOP = Set.of("format", "title", "description", "zone", "start", "end", "speed",
            "sources", "series", "alerts", "injects");
    private static final Set<String> SHAPES = Set.of("constant", "ramp", "step", "sine", "spikes", "gap");

    private final String origin;
    private ScenarioTimes times;

    private ScenarioReader(String origin) {
        this.origin = origin;
    }

    /** @param origin the file name or resource, prefixed to every error */
    public static Scenario parse(String json, String origin) throws ScenarioException {
        try {
            return new ScenarioReader(origin).read(json);
        } catch (ScenarioException | JsonPathException e) {
            throw new ScenarioException(origin + ": " + e.getMessage());
        }
    }

    private Scenario read(String json) throws ScenarioException {
        JsonElement tree;
        try {
            tree = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new ScenarioException("not valid JSON: " + e.getMessage());
        }
        JsonNode root = JsonNode.root(tree);
        root.allowOnly(TOP);
        String title = root.field("title").string();
        times = ScenarioTimes.read(root);
        double speed = root.number("speed", DrillClock.MAX_SPEED);
        if (speed < DrillClock.MIN_SPEED || speed > DrillClock.MAX_SPEED) {
            throw root.field("speed").error("speed must be between 1 and 60, not " + speed);
        }
        SourceSpec prometheus = null;
        SourceSpec alertmanager = null;
        List<StatusPageSpec> pages = new ArrayList<>();
        if (root.has("sources")) {
            JsonNode sources = root.field("sources");
            sources.allowOnly(Set.of("prometheus", "alertmanager", "statusPages"));
            if (sources.has("prometheus")) {
                prometheus = source(sources.field("prometheus"), "drill:prometheus", Set.of());
            }
            if (sources.has("alertmanager")) {
                alertmanager = source(sources.field("alertmanager"), "drill:alertmanager", Set.of());
            }
            for (JsonNode p : sources.elements("statusPages")) {
                pages.add(statusPage(p));
            }
        }
        List<SimulatedSeries> series = new ArrayList<>();
        for (JsonNode s : root.elements("series")) {
            series.add(series(s));
        }
        List<ScenarioAlert> alerts = new ArrayList<>();
        for (JsonNode a : root.elements("alerts")) {
            alerts.add(alert(a));
        }
        List<Inject> injects = new ArrayList<>();
        for (JsonNode i : root.elements("injects")) {
            i.allowOnly(Set.of("at", "text"));
            injects.add(new Inject(times.time(i.field("at")), i.field("text").string()));
        }
        injects.sort((a, b) -> a.at().compareTo(b.at()));
        return new Scenario(title, root.string("description", ""), times.zone(), times.start(), times.end(), speed,
                prometheus, alertmanager, pages, series, alerts, injects);
    }

    private SourceSpec source(JsonNode n, String defaultName, Set<String> extraFields) throws ScenarioException {
        Set<String> allowed = new HashSet<>(Set.of("name", "latencyMs", "unreachable"));
        allowed.addAll(extraFields);
        n.allowOnly(allowed);
        List<Window> windows = new ArrayList<>();
        for (JsonNode w : n.elements("unreachable")) {
            w.allowOnly(Set.of("from", "to"));
            Instant from = times.time(w.field("from"));
            Instant to = times.time(w.field("to"));
            if (!to.isAfter(from)) {
                throw w.field("to").error("an unreachable window must end after it starts");
            }
            windows.add(new Window(from, to));
        }
        double latency = n.number("latencyMs", 5);
        if (latency < 0) {
            throw n.field("latencyMs").error("latency cannot be negative");
        }
        return new SourceSpec(n.string("name", defaultName), Math.round(latency), windows);
    }

    private StatusPageSpec statusPage(JsonNode n) throws ScenarioException {
        SourceSpec source = source(n, "drill:status-page", Set.of("components", "incidents"));
        List<ComponentSpec> components = new ArrayList<>();
        for (JsonNode c : n.elements("components")) {
            c.allowOnly(Set.of("name", "group", "levels"));
            List<LevelChange> levels = new ArrayList<>();
            Instant last = null;
            for (JsonNode l : c.field("levels").elements()) {
                l.allowOnly(Set.of("at", "level"));
                Instant at = times.time(l.field("at"));
                if (last != null && at.isBefore(last)) {
                    throw l.field("at").error("levels must be in time order");
                }
                last = at;
                levels.add(new LevelChange(at, level(l.field("level"))));
            }
            if (levels.isEmpty()) {
                throw c.field("levels").error("a component needs at least one level");
            }
            components.add(new ComponentSpec(c.field("name").string(), c.string("group", null), levels));
        }
        List<IncidentSpec> incidents = new ArrayList<>();
        for (JsonNode i : n.elements("incidents")) {
            i.allowOnly(Set.of("name", "impact", "updates"));
            List<UpdateSpec> updates = new ArrayList<>();
            for (JsonNode u : i.field("updates").elements()) {
                u.allowOnly(Set.of("at", "status", "body"));
                updates.add(new UpdateSpec(times.time(u.field("at")), u.field("status").string(),
                        u.string("body", "")));
            }
            updates.sort((a, b) -> a.at().compareTo(b.at()));
            incidents.add(new IncidentSpec(i.field("name").string(), i.string("impact", "major"), updates));
        }
        return new StatusPageSpec(source, components, incidents);
    }

    private static HealthLevel level(JsonNode n) throws ScenarioException {
        String code = n.string().toLowerCase(Locale.ROOT);
        for (HealthLevel l : HealthLevel.values()) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        throw n.error("unknown level \"" + n.string() + "\" (expected one of "
                + Arrays.stream(HealthLevel.values()).map(HealthLevel::code).collect(Collectors.joining(", ")) + ")");
    }

    private SimulatedSeries series(JsonNode n) throws ScenarioException {
        n.allowOnly(Set.of("id", "expr", "labels", "seed", "phases"));
        String id = n.field("id").string();
        List<String> exprs = new ArrayList<>();
        for (JsonNode e : n.elements("expr")) {
            exprs.add(e.string());
        }
        var labels = n.stringMap("labels");
        if (exprs.isEmpty() && !labels.containsKey("__name__")) {
            throw n.error("a series needs an \"expr\" or a \"__name__\" label, or no query can find it");
        }
        List<SimulatedSeries.Phase> phases = new ArrayList<>();
        long last = Long.MIN_VALUE;
        for (JsonNode p : n.field("phases").elements()) {
            SimulatedSeries.Phase phase = phase(p);
            if (phase.fromMillis() < last) {
                throw p.field("at").error("phases must be in time order");
            }
            last = phase.fromMillis();
            phases.add(phase);
        }
        if (phases.isEmpty()) {
            throw n.field("phases").error("a series needs at least one phase");
        }
        long seed = Math.round(n.number("seed", id.hashCode()));
        return new SimulatedSeries(id, exprs, labels, seed, phases, times.end().toEpochMilli());
    }

    private SimulatedSeries.Phase phase(JsonNode p) throws ScenarioException {
        JsonNode typeNode = p.field("shape");
        String type = typeNode.string();
        if (!SHAPES.contains(type)) {
            throw typeNode.error("unknown shape type \"" + type + "\" (expected one of "
                    + String.join(", ", new TreeSet<>(SHAPES)) + ")");
        }
        Set<String> common = Set.of("at", "shape", "jitter");
        Shape shape = switch (type) {
            case "constant" -> {
                allow(p, common, "value");
                yield new Shape.Constant(p.field("value").number());
            }
            case "ramp" -> {
                allow(p, common, "from", "to");
                yield new Shape.Ramp(p.field("from").number(), p.field("to").number());
            }
            case "step" -> {
                allow(p, common, "before", "after", "switchAt");
                yield new Shape.Step(p.field("before").number(), p.field("after").number(),
                        times.time(p.field("switchAt")).toEpochMilli());
            }
            case "sine" -> {
                allow(p, common, "base", "amplitude", "period", "noise");
                double period = p.number("period", 600);
                if (period <= 0) {
                    throw p.field("period").error("the period must be positive seconds");
                }
                yield new Shape.Sine(p.field("base").number(), p.number("amplitude", 0), period, p.number("noise", 0));
            }
            case "spikes" -> {
                allow(p, common, "base", "height", "every", "width");
                double every = p.field("every").number();
                double width = p.number("width", 1);
                if (every <= 0 || width <= 0 || width > every) {
                    throw p.field("every").error("spikes need 0 < width <= every (seconds)");
                }
                yield new Shape.Spikes(p.field("base").number(), p.field("height").number(), every, width);
            }
            default -> {
                allow(p, common);
                yield new Shape.Gap();
            }
        };
        return new SimulatedSeries.Phase(times.time(p.field("at")).toEpochMilli(), shape, p.number("jitter", 0));
    }

    private static void allow(JsonNode p, Set<String> common, String... specific) throws ScenarioException {
        Set<String> all = new HashSet<>(common);
        all.addAll(List.of(specific));
        p.allowOnly(all);
    }

    private ScenarioAlert alert(JsonNode n) throws ScenarioException {
        n.allowOnly(Set.of("name", "severity", "summary", "labels", "pending", "firing", "resolved"));
        Instant firing = times.time(n.field("firing"));
        Instant pending = n.has("pending") ? times.time(n.field("pending")) : firing;
        Instant resolved = n.has("resolved") ? times.time(n.field("resolved")) : null;
        if (pending.isAfter(firing)) {
            throw n.field("pending").error("an alert is pending before it fires, not after");
        }
        if (resolved != null && !resolved.isAfter(firing)) {
            throw n.field("resolved").error("an alert resolves after it fires");
        }
        return new ScenarioAlert(n.field("name").string(), n.string("severity", ""), n.string("summary", ""),
                n.stringMap("labels"), pending, firing, resolved);
    }
}
