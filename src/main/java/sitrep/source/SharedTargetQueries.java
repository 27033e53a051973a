package sitrep.source;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One query for Prometheus' {@code up} and {@code probe_success}, two consumers. While the dashboard follows
 * now, the status poller asks both as range queries over the dashboard's window, aligned to end at the
 * poll, and reads its tiles from the last points (what an instant query at that moment says); the
 * dashboard draws its connectivity bands from the same answers instead of asking again. While it does not
 * follow now (paused, zoomed into the past, closed), the poller asks instant queries and the dashboard asks
 * for itself, as before. Thread-safe: the poller's thread publishes, the dashboard's fetch thread reads.
 */
public final class SharedTargetQueries {

    public static final List<String> EXPRESSIONS = List.of("up", "probe_success");

    /** The window the dashboard follows now: its length and query step. */
    public record Window(Duration length, Duration step) {
    }

    /** What the poller was told by the server for one expression over [start, end]. */
    public record Answer(Instant start, Instant end, Duration step, MetricSource.Range range) {
    }

    private final Duration maxAge;
    private volatile Window followed;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    /**
     * @param pollInterval how often the poller asks: an answer older than one and a half of these (or of the
     *                     default five seconds, if less) is not reused: the poller is failing or backing
     *                     off, or polls too rarely for the bands, and the dashboard asks for itself
     */
    public SharedTargetQueries(Duration pollInterval) {
        Duration interval = pollInterval.compareTo(SourceConfig.DEFAULT_INTERVAL) < 0 ? pollInterval
                : SourceConfig.DEFAULT_INTERVAL;
        this.maxAge = interval.multipliedBy(3).dividedBy(2);
    }

    /** The dashboard follows now with this window; null when it stops following now. */
    public void follow(Window window) {
        followed = window;
        if (window == null) {
            answers.clear();
        }
    }

    /** The window the poller should ask over, if the dashboard follows now. */
    public Optional<Window> followed() {
        return Optional.ofNullable(followed);
    }

    /** The start of a range of {@code window} ending at {@code end} whose last evaluation is {@code end}. */
    public static Instant alignedStart(Window window, Instant end) {
        long step = window.step().toMillis();
        long steps = (window.length().toMillis() + step - 1) / step;
        return end.minusMillis(steps * step);
    }

    public void publish(String expression, Answer answer) {
        answers.put(expression, answer);
    }

    /**
     * The poller's answer for a dashboard refresh over [{@code start}, {@code end}] at {@code step}: one of the
     * same length and step, ending no more than the poll's allowance before {@code end}; empty otherwise.
     */
    public Optional<Answer> answerFor(String expression, Instant start, Instant end, Duration step) {
        Answer a = answers.get(expression);
        if (a == null || !a.step().equals(step) || a.end().isAfter(end) || a.end().isBefore(end.minus(maxAge))) {
            return Optional.empty();
        }
        Window w = new Window(Duration.between(start, end), step);
        if (!alignedStart(w, a.end()).equals(a.start())) {
            return Optional.empty();
        }
        return Optional.of(a);
    }
}
