package sitrep.incident.evidence;

import com.google.gson.stream.JsonWriter;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import sitrep.domain.MetricSeries;
import sitrep.domain.SourceHealth;
import sitrep.domain.SourceSnapshot;
import sitrep.incident.IncidentJournal;
import sitrep.source.polling.SourceUpdate;

/**
 * Appends what the console polled to {@code evidence/<session>.jsonl} while an incident is open: every
 * poll's outcome and the console's new reachability samples, each new snapshot (unchanged content is
 * written as {@code "same": true}), and new samples of chart series. Only what is new since the last
 * record is written, so the file grows with the incident, not with the number of redraws.
 *
 * <p>The incident's {@code evidence/} folder is capped as a whole (earlier sessions count). When the next
 * record would pass the cap, a {@code cap} record is written, recording stops and the problem callback
 * says so once; nothing recorded is ever deleted or rotated away, because evidence that silently loses
 * its beginning is worse than evidence that visibly stops. A write error stops recording the same way.
 *
 * <p>Thread-safe: pollers call {@link #accept} from their threads; chart refreshes call {@link #recordSeries}.
 */
public final class EvidenceRecorder implements Consumer<SourceUpdate>, Closeable {

    public static final long DEFAULT_CAP_BYTES = 256L * 1024 * 1024;
    /** Room kept for the closing {@code cap} record, so the folder never passes the cap. */
    static final int CAP_RECORD_RESERVE = 160;
    private static final System.Logger LOG = System.getLogger(EvidenceRecorder.class.getName());
    private static final DateTimeFormatter SESSION = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path file;
    /**
     * java.io's stream, not a file channel: a channel is closed for good when the thread writing to it is
     * interrupted, and pollers are interrupted whenever their session stops. A stream's write is not.
     */
    private final FileOutputStream out;
    private boolean closed;
    private final long cap;
    private final Clock clock;
    private final Consumer<String> onProblem;
    private final Map<String, Long> lastSample = new HashMap<>();
    private final Map<String, SourceSnapshot> lastSnapshot = new HashMap<>();
    private long used;
    private String problem;

    private EvidenceRecorder(Path file, FileOutputStream out, long used, long cap, Clock clock,
                             Consumer<String> onProblem) {
        this.file = file;
        this.out = out;
        this.used = used;
        this.cap = cap;
        this.clock = clock;
        this.onProblem = onProblem;
    }

    /**
     * Starts a session file in {@code evidenceDir}.
     *
     * @param capBytes  the size the whole folder may reach (see {@link #DEFAULT_CAP_BYTES})
     * @param onProblem told once, on any thread, when recording stops (cap reached or write failed)
     */
    public static EvidenceRecorder open(Path evidenceDir, long capBytes, Clock clock, Consumer<String> onProblem)
            throws IOException {
        if (capBytes < 4096) {
            throw new IllegalArgumentException("an evidence cap under 4 KiB cannot hold a session: " + capBytes);
        }
        Files.createDirectories(evidenceDir);
        long used;
        try (Stream<Path> files = Files.list(evidenceDir)) {
            used = files.filter(Files::isRegularFile).mapToLong(EvidenceRecorder::sizeOf).sum();
        }
        byte[] id = new byte[3];
        new SecureRandom().nextBytes(id);
        Path file = evidenceDir.resolve(SESSION.format(clock.instant()) + "-" + HexFormat.of().formatHex(id)
                + EvidenceReader.EXTENSION);
        Files.createFile(file); // a new session's own file: a name already taken is an error
        EvidenceRecorder r = new EvidenceRecorder(file, new FileOutputStream(file.toFile(), true), used, capBytes,
                clock, Objects.requireNonNull(onProblem));
        r.append(EvidenceCodec.line("session", w -> w.name("v").value(1).name("started")
                .value(clock.instant().toEpochMilli()).name("cap").value(capBytes)));
        return r;
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    public Path file() {
        return file;
    }

    /** What the settings and status bar show: bytes used of the cap, and why recording stopped, if it did. */
    public synchronized EvidenceStatus status() {
        return new EvidenceStatus(file, used, cap, problem);
    }

    @Override
    public synchronized void accept(SourceUpdate update) {
        if (problem != null) {
            return;
        }
        String src = update.source();
        writePoll(src, update);
        SourceSnapshot s = update.latest();
        if (s != null && lastSnapshot.get(src) != s) {
            writeSnapshot(src, s);
            for (MetricSeries m : s.series()) {
                writeNewSamples(src, null, m);
            }
        }
    }

    /** Records the new samples of series a chart fetched for {@code expression}. */
    public synchronized void recordSeries(String expression, List<MetricSeries> series) {
        for (MetricSeries m : series) {
            if (problem != null) {
                return;
            }
            writeNewSamples(null, expression, m);
        }
    }

    private void writePoll(String src, SourceUpdate u) {
        MetricSeries up = u.reachable();
        MetricSeries lat = u.latency();
        String key = "reach|" + src;
        long after = lastSample.getOrDefault(key, Long.MIN_VALUE);
        int from = firstAfter(up, after);
        SourceHealth h = u.health();
        long at = up != null && up.size() > 0 ? up.epochMillis()[up.size() - 1] : clock.instant().toEpochMilli();
        String line = EvidenceCodec.line("poll", w -> {
            w.name("src").value(src).name("at").value(at);
            if (h != null) {
                w.name("state").value(EvidenceCodec.lower(h.state())).name("since").value(h.since().toEpochMilli());
                EvidenceCodec.optional(w, "reason", h.reason());
            }
            if (up != null && from < up.size()) {
                samples(w, up, from, "up");
                w.name("lat").beginArray();
                for (int i = from; i < lat.size() && i < up.size(); i++) {
                    EvidenceCodec.number(w, lat.values()[i]);
                }
                w.endArray();
            }
        });
        if (append(line) && up != null && up.size() > 0) {
            lastSample.put(key, up.epochMillis()[up.size() - 1]);
        }
    }

    private void writeSnapshot(String src, SourceSnapshot s) {
        SourceSnapshot previous = lastSnapshot.get(src);
        boolean same = previous != null && previous.components().equals(s.components())
                && previous.alerts().equals(s.alerts()) && previous.incidents().equals(s.incidents())
                && previous.warnings().equals(s.warnings());
        String line = EvidenceCodec.line("snap", w -> {
            w.name("src").value(src).name("kind").value(s.kind().code()).name("at").value(s.at().toEpochMilli())
                    .name("lat").value(EvidenceCodec.seconds(s.latency()));
            EvidenceCodec.optional(w, "ver", s.version());
            w.name("level").value(s.level().code());
            if (same) {
                w.name("same").value(true);
            } else {
                EvidenceCodec.components(w, s.components());
                EvidenceCodec.alerts(w, s.alerts());
                EvidenceCodec.incidents(w, s.incidents());
                EvidenceCodec.strings(w, "warn", s.warnings());
            }
        });
        if (append(line)) {
            lastSnapshot.put(src, s);
        }
    }

    private void writeNewSamples(String src, String expr, MetricSeries m) {
        String key = (src == null ? "" : src) + "|" + (expr == null ? "" : expr) + "|" + new TreeMap<>(m.labels());
        long after = lastSample.getOrDefault(key, Long.MIN_VALUE);
        int from = firstAfter(m, after);
        if (from >= m.size()) {
            return;
        }
        String line = EvidenceCodec.line("series", w -> {
            EvidenceCodec.optional(w, "src", src);
            EvidenceCodec.optional(w, "expr", expr);
            EvidenceCodec.stringMap(w, "labels", m.labels());
            samples(w, m, from, "v");
        });
        if (append(line)) {
            lastSample.put(key, m.epochMillis()[m.size() - 1]);
        }
    }

    /** Writes {@code "ms": [...]} and the values under {@code valuesName} from index {@code from} on. */
    private static void samples(JsonWriter w, MetricSeries m, int from, String valuesName) throws IOException {
        w.name("ms").beginArray();
        for (int i = from; i < m.size(); i++) {
            w.value(m.epochMillis()[i]);
        }
        w.endArray().name(valuesName).beginArray();
        for (int i = from; i < m.size(); i++) {
            EvidenceCodec.number(w, m.values()[i]);
        }
        w.endArray();
    }

    /** The first index whose time is after {@code after}; series are in time order. */
    private static int firstAfter(MetricSeries m, long after) {
        if (m == null) {
            return 0;
        }
        int i = m.size();
        while (i > 0 && m.epochMillis()[i - 1] > after) {
            i--;
        }
        return i;
    }

    /** Appends one line unless that would pass the cap; false when nothing was written. */
    private boolean append(String line) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        if (used + bytes.length + CAP_RECORD_RESERVE > cap) {
            long now = clock.instant().toEpochMilli();
            write(EvidenceCodec.line("cap", w -> w.name("at").value(now).name("bytes").value(used).name("cap")
                    .value(cap)).getBytes(StandardCharsets.UTF_8));
            stop("evidence recording stopped: the evidence folder reached its size cap of " + cap / (1024 * 1024)
                    + " MiB (" + cap + " bytes); raise it in the settings to record again");
            return false;
        }
        return write(bytes);
    }

    private boolean write(byte[] bytes) {
        try {
            byte[] line = bytes;
            if (bytes[bytes.length - 1] != '\n') {
                line = Arrays.copyOf(bytes, bytes.length + 1);
                line[bytes.length] = '\n';
            }
            out.write(line); // one write per line, so a line is torn only by a crash
            used += line.length;
            return true;
        } catch (IOException e) {
            stop("evidence recording stopped: cannot write " + file + ": " + IncidentJournal.reason(e));
            return false;
        }
    }

    private void stop(String why) {
        if (problem == null) {
            problem = why;
            LOG.log(Level.WARNING, why);
            onProblem.accept(why);
        }
    }

    /** Forces what was written to disk and closes the file; later updates are ignored. */
    @Override
    public synchronized void close() throws IOException {
        if (problem == null) {
            problem = "evidence recording closed";
        }
        if (!closed) {
            closed = true;
            try (out) {
                out.getFD().sync();
            }
        }
    }
}
