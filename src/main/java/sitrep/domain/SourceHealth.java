package sitrep.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Whether a source answers: OK since the last good poll; STALE when it answered before but the latest
 * polls failed (the data shown is from {@code since}); FAILING when it never answered in this run.
 *
 * @param since OK: the last success; STALE: the last success (the age of the data); FAILING: the first failure
 * @param reason null when OK; otherwise one line naming the source and the cause
 */
public record SourceHealth(State state, Instant since, String reason) {

    public enum State { OK, STALE, FAILING }

    private static final DateTimeFormatter HMS = TimeFormats.CLOCK;

    public SourceHealth {
        Objects.requireNonNull(state);
        Objects.requireNonNull(since);
        if (state != State.OK) {
            Objects.requireNonNull(reason, "a failing source needs a reason");
        }
    }

    public static SourceHealth ok(Instant at) {
        return new SourceHealth(State.OK, at, null);
    }

    public static SourceHealth stale(Instant lastSuccess, String reason) {
        return new SourceHealth(State.STALE, lastSuccess, reason);
    }

    public static SourceHealth failing(Instant firstFailure, String reason) {
        return new SourceHealth(State.FAILING, firstFailure, reason);
    }

    public boolean isOk() {
        return state == State.OK;
    }

    /** A tile caption: "ok", "stale since 14:02:11 - connection refused", "failing since 14:02:11 - ...". */
    /** "stale since 14:05:03" without the reason: for a tile, where the sources list says why. */
    public String since(ZoneId zone) {
        return switch (state) {
            case OK -> "ok";
            case STALE -> "stale since " + HMS.format(since.atZone(zone));
            case FAILING -> "failing since " + HMS.format(since.atZone(zone));
        };
    }

    public String describe(ZoneId zone) {
        String at = HMS.format(since.atZone(zone));
        return switch (state) {
            case OK -> "ok";
            case STALE -> "stale since " + at + " - " + reason;
            case FAILING -> "failing since " + at + " - " + reason;
        };
    }
}
