package sitrep.incident.evidence;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import sitrep.domain.MetricSeries;
import sitrep.domain.SourceHealth;
import sitrep.domain.SourceSnapshot;
import sitrep.incident.evidence.Evidence.PollOutcome;

/**
 * Reads an incident's evidence folder back. A last line without its newline (the console died while
 * writing it) and any unreadable line are skipped with a warning, never fatal: the rest is still evidence.
 */
public final class EvidenceReader {

    public static final String EXTENSION = ".jsonl";
    private static final System.Logger LOG = System.getLogger(EvidenceReader.class.getName());

    private final Map<String, List<SourceSnapshot>> snapshots = new LinkedHashMap<>();
    private final Map<String, List<PollOutcome>> polls = new LinkedHashMap<>();
    private final Map<String, SeriesBuilder> reach = new LinkedHashMap<>();
    private final Map<String, SeriesBuilder> lat = new LinkedHashMap<>();
    private final Map<String, Map<Map<String, String>, SeriesBuilder>> exprSeries = new LinkedHashMap<>();
    private final Map<String, Map<Map<String, String>, SeriesBuilder>> srcSeries = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private boolean capReached;

    private EvidenceReader() {
    }

    /** Reads every session file of {@code evidenceDir} (or one file), oldest session first. */
    public static Evidence read(Path evidence) throws IOException {
        EvidenceReader r = new EvidenceReader();
        List<Path> files;
        if (Files.isDirectory(evidence)) {
            try (Stream<Path> s = Files.list(evidence)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(EXTENSION)).sorted().toList();
            }
        } else {
            files = List.of(evidence);
        }
        for (Path f : files) {
            r.readFile(f);
        }
        return r.result();
    }

    private void readFile(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        boolean endsWithNewline = text.endsWith("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            boolean last = i == lines.length - 1;
            try {
                apply(JsonParser.parseString(line).getAsJsonObject());
            } catch (RuntimeException e) {
                String where = file.getFileName() + ":" + (i + 1);
                String warning = last && !endsWithNewline
                        ? where + ": torn last line skipped (" + line.length() + " characters; the console stopped while writing it)"
                        : where + ": unreadable record skipped (" + e.getMessage() + ")";
                LOG.log(Level.WARNING, warning);
                warnings.add(warning);
            }
        }
    }

    private void apply(JsonObject o) {
        switch (EvidenceCodec.string(o, "t")) {
            case "poll" -> poll(o);
            case "snap" -> snapshot(o);
            case "series" -> series(o);
            case "cap" -> {
                capReached = true;
                warnings.add("evidence stopped at " + EvidenceCodec.millis(o, "at") + ": the size cap of "
                        + o.get("cap").getAsLong() + " bytes was reached");
            }
            case "session" -> {
                // Only marks where a console session began; nothing to collect.
            }
            default -> throw new IllegalArgumentException("unknown record type " + EvidenceCodec.string(o, "t"));
        }
    }

    private void poll(JsonObject o) {
        String src = EvidenceCodec.string(o, "src");
        Instant at = EvidenceCodec.millis(o, "at");
        if (o.has("state")) {
            SourceHealth h = new SourceHealth(SourceHealth.State.valueOf(o.get("state").getAsString().toUpperCase(
                    Locale.ROOT)), EvidenceCodec.millis(o, "since"), EvidenceCodec.string(o, "reason"));
            polls.computeIfAbsent(src, k -> new ArrayList<>()).add(new PollOutcome(at, h));
        }
        if (o.has("ms")) {
            var ms = EvidenceCodec.array(o, "ms");
            var up = EvidenceCodec.array(o, "up");
            var l = EvidenceCodec.array(o, "lat");
            SeriesBuilder r = reach.computeIfAbsent(src, k -> new SeriesBuilder());
            SeriesBuilder t = lat.computeIfAbsent(src, k -> new SeriesBuilder());
            for (int i = 0; i < ms.size(); i++) {
                r.add(ms.get(i).getAsLong(), EvidenceCodec.number(up.get(i)));
                t.add(ms.get(i).getAsLong(), EvidenceCodec.number(l.get(i)));
            }
        }
    }

    private void snapshot(JsonObject o) {
        String src = EvidenceCodec.string(o, "src");
        List<SourceSnapshot> list = snapshots.computeIfAbsent(src, k -> new ArrayList<>());
        boolean same = o.has("same") && o.get("same").getAsBoolean();
        SourceSnapshot previous = list.isEmpty() ? null : list.get(list.size() - 1);
        if (same && previous == null) {
            throw new IllegalArgumentException("\"same\" snapshot without an earlier one for " + src);
        }
        list.add(new SourceSnapshot(src, EvidenceCodec.kind(EvidenceCodec.string(o, "kind")),
                EvidenceCodec.millis(o, "at"), EvidenceCodec.seconds(o.get("lat").getAsDouble()),
                EvidenceCodec.string(o, "ver"), EvidenceCodec.level(EvidenceCodec.string(o, "level")),
                same ? previous.components() : EvidenceCodec.components(o),
                same ? previous.alerts() : EvidenceCodec.alerts(o), List.of(),
                same ? previous.incidents() : EvidenceCodec.incidents(o),
                same ? previous.warnings() : EvidenceCodec.strings(o, "warn")));
    }

    private void series(JsonObject o) {
        Map<String, String> labels = new TreeMap<>(EvidenceCodec.stringMap(o, "labels"));
        String expr = EvidenceCodec.string(o, "expr");
        var target = expr != null ? exprSeries.computeIfAbsent(expr, k -> new LinkedHashMap<>())
                : srcSeries.computeIfAbsent(EvidenceCodec.string(o, "src"), k -> new LinkedHashMap<>());
        SeriesBuilder b = target.computeIfAbsent(labels, k -> new SeriesBuilder());
        var ms = EvidenceCodec.array(o, "ms");
        var v = EvidenceCodec.array(o, "v");
        for (int i = 0; i < ms.size(); i++) {
            b.add(ms.get(i).getAsLong(), EvidenceCodec.number(v.get(i)));
        }
    }

    private Evidence result() {
        snapshots.values().forEach(l -> l.sort(Comparator.comparing(SourceSnapshot::at)));
        polls.values().forEach(l -> l.sort(Comparator.comparing(PollOutcome::at)));
        Map<String, MetricSeries> up = new LinkedHashMap<>();
        reach.forEach((src, b) -> up.put(src, b.build(Map.of("__name__", "sitrep_source_up", "source", src))));
        Map<String, MetricSeries> latency = new LinkedHashMap<>();
        lat.forEach((src, b) -> latency.put(src, b.build(Map.of("__name__", "sitrep_source_latency_seconds",
                "source", src))));
        return new Evidence(snapshots, polls, up, latency, built(exprSeries), built(srcSeries), warnings, capReached);
    }

    private static Map<String, List<MetricSeries>> built(Map<String, Map<Map<String, String>, SeriesBuilder>> in) {
        Map<String, List<MetricSeries>> out = new LinkedHashMap<>();
        in.forEach((key, byLabels) -> {
            List<MetricSeries> list = new ArrayList<>();
            byLabels.forEach((labels, b) -> list.add(b.build(labels)));
            out.put(key, list);
        });
        return out;
    }
}
