package sitrep.replay;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import sitrep.domain.IncidentZone;
import sitrep.domain.SourceSnapshot;
import sitrep.incident.evidence.Evidence;
import sitrep.incident.evidence.Evidence.PollOutcome;
import sitrep.incident.evidence.EvidenceReader;
import sitrep.incident.evidence.RecordedMetrics;
import sitrep.source.SourceError;
import sitrep.source.StatusSource;
import sitrep.source.drill.Drill;
import sitrep.source.drill.DrillClock;
import sitrep.source.drill.InjectFeed;

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

    private static <T> T lastAtOrBefore(List<T> list, Instant t, Function<T, Instant> at) {
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
}
