package sitrep.incident.evidence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sitrep.domain.MetricSeries;
import sitrep.source.MetricSource;
import sitrep.source.SeriesSelector;

/**
 * Recorded samples by the exact expression a chart recorded, else by a plain selector over every recorded
 * series (the console's own {@code sitrep_source_up{source="..."}} included). Samples are returned as
 * recorded, not resampled to the step, and never beyond the replay's now.
 */
public final class RecordedMetrics implements MetricSource {

    private final Evidence evidence;
    private final Clock clock;

    /** The recording as seen from {@code clock}'s now: nothing later is answered (a replay). */
    public RecordedMetrics(Evidence evidence, Clock clock) {
        this.evidence = evidence;
        this.clock = clock;
    }

    /**
     * The recorded series as a metric source over the whole recording, not a replay: what the postmortem's
     * charts are drawn from, so they show what responders saw.
     */
    public static MetricSource whole(Evidence e) {
        return new RecordedMetrics(e, Clock.fixed(Instant.MAX, ZoneOffset.UTC));
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
        return new MetricSeries(s.labels(), Arrays.copyOfRange(t, a, b),
                Arrays.copyOfRange(s.values(), a, b));
    }
}
