package sitrep.incident.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sitrep.domain.IncidentZone;
import sitrep.domain.MetricSeries;
import sitrep.domain.SourceSnapshot;
import sitrep.incident.evidence.Evidence.PollOutcome;
import sitrep.source.MetricSource;
import sitrep.source.SourceError;
import sitrep.source.StatusSource;
import sitrep.source.drill.Drill;
import sitrep.source.drill.DrillClock;
import sitrep.source.drill.InjectFeed;
import sitrep.source.drill.SeriesSelector;

/**
 * Replays recorded evidence as a drill: each recorded source answers with what it answered at the same
 * instant of the recording (or fails as it failed then), and chart queries get the recorded samples. The
 * clock starts at the recording's first instant, so relative times match the original incident.
 */
public final class RecordingPlayer {

    private RecordingPlayer() {
    }

    /** Reads {@code evidence} (a folder or one session file) and plays it at {@code speed}. */
    public static Drill open(Path evidence, Clock base, double speed, IncidentZone zone) throws IOException {
        Evidence e = EvidenceReader.read(evidence);
        if (e.start() == null) {
            throw new IOException(evidence + " holds no recorded polls to replay");
        }
        return drill(e, "Replay of " + evidence.getFileName(), base, speed, zone);
    }

    public static Drill drill(Evidence e, String title, Clock base, double speed, IncidentZone zone) {
        DrillClock clock = new DrillClock(base, e.start(), speed);
        List<StatusSource> sources = new ArrayList<>();
        for (String src : e.polls().keySet()) {
            sources.add(new RecordedSource(src, e.snapshots().getOrDefault(src, List.of()), e.polls().get(src), clock));
        }
        return new Drill(title, zone, e.start(), e.end(), clock, sources, new RecordedMetrics(e, clock),
                new InjectFeed(List.of(), clock));
    }

    /**
     * The recorded series as a metric source over the whole recording, not a replay: what the postmortem's
     * charts are drawn from, so they show what responders saw.
     */
    public static MetricSource metrics(Evidence e) {
        return new RecordedMetrics(e, Clock.fixed(Instant.MAX, java.time.ZoneOffset.UTC));
    }

    /** One recorded source: the last snapshot at or before now, or the recorded failure if that came later. */
    static final class RecordedSource implements StatusSource {
        private final String name;
        private final List<SourceSnapshot> snapshots;
        private final List<PollOutcome> polls;
        private final Clock clock;

        RecordedSource(String name, List<SourceSnapshot> snapshots, List<PollOutcome> polls, Clock clock) {
            this.name = name;
            this.snapshots = snapshots;
            this.polls = polls;
            this.clock = clock;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public SourceSnapshot poll() throws SourceError {
            Instant now = clock.instant();
            PollOutcome outcome = lastAtOrBefore(polls, now, PollOutcome::at);
            if (outcome != null && !outcome.health().isOk()) {
                String reason = outcome.health().reason();
                String detail = reason.startsWith(name + ": ") ? reason.substring(name.length() + 2) : reason;
                throw new SourceError(name, SourceError.Kind.IO, detail);
            }
            SourceSnapshot s = lastAtOrBefore(snapshots, now, SourceSnapshot::at);
            if (s == null) {
                throw new SourceError(name, SourceError.Kind.IO, "nothing recorded yet at this point of the replay");
            }
            return new SourceSnapshot(name, s.kind(), s.at(), s.latency(), Drill.VERSION, s.level(), s.components(),
                    s.alerts(), s.series(), s.incidents(), s.warnings());
        }
    }

    private static <T> T lastAtOrBefore(List<T> list, Instant t, java.util.function.Function<T, Instant> at) {
        int lo = 0;
        int hi = list.size() - 1;
        T found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (at.apply(list.get(mid)).isAfter(t)) {
                hi = mid - 1;
            } else {
                found = list.get(mid);
                lo = mid + 1;
            }
        }
        return found;
    }

    /**
     * Recorded samples by the exact expression a chart recorded, else by a plain selector over every recorded
     * series (the console's own {@code sitrep_source_up{source="..."}} included). Samples are returned as
     * recorded, not resampled to the step, and never beyond the replay's now.
     */
    static final class RecordedMetrics implements MetricSource {
        private final Evidence evidence;
        private final Clock clock;

        RecordedMetrics(Evidence evidence, Clock clock) {
            this.evidence = evidence;
            this.clock = clock;
        }

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public Range range(String expression, Instant start, Instant end, Duration step) {
            Instant now = clock.instant();
            long from = start.toEpochMilli();
            long to = (end.isAfter(now) ? now : end).toEpochMilli();
            List<MetricSeries> out = new ArrayList<>();
            for (MetricSeries s : candidates(expression)) {
                out.add(window(s, from, to));
            }
            return new Range(out, List.of());
        }

        private List<MetricSeries> candidates(String expression) {
            String wanted = SeriesSelector.normalize(expression);
            for (Map.Entry<String, List<MetricSeries>> e : evidence.series().entrySet()) {
                if (SeriesSelector.normalize(e.getKey()).equals(wanted)) {
                    return e.getValue();
                }
            }
            Optional<Map<String, String>> selector = SeriesSelector.plainSelector(expression);
            if (selector.isEmpty()) {
                return List.of();
            }
            List<MetricSeries> all = new ArrayList<>();
            evidence.series().values().forEach(all::addAll);
            evidence.sourceSeries().values().forEach(all::addAll);
            all.addAll(evidence.reachable().values());
            all.addAll(evidence.latency().values());
            List<MetricSeries> out = new ArrayList<>();
            for (MetricSeries s : all) {
                if (SeriesSelector.matches(selector.get(), s.labels())
                        && out.stream().noneMatch(o -> o.labels().equals(s.labels()))) {
                    out.add(s);
                }
            }
            return out;
        }

        private static MetricSeries window(MetricSeries s, long from, long to) {
            long[] t = s.epochMillis();
            int a = 0;
            while (a < t.length && t[a] < from) {
                a++;
            }
            int b = a;
            while (b < t.length && t[b] <= to) {
                b++;
            }
            return new MetricSeries(s.labels(), java.util.Arrays.copyOfRange(t, a, b),
                    java.util.Arrays.copyOfRange(s.values(), a, b));
        }
    }
}
