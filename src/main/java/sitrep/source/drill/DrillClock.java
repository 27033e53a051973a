package sitrep.source.drill;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Scenario time for a drill: {@code scenario = anchor + (real time elapsed since the anchor) x speed} while
 * running, frozen while paused. Every change (speed, pause, resume, seek) re-anchors at the current scenario
 * instant, so time never jumps except by an explicit seek. Driven by a base clock so tests can use a mutable
 * one; thread-safe because pollers read it while the UI changes it.
 *
 * <p>It is a {@link Clock} so it can be handed to anything that takes one ({@code SourcePolling}, the
 * drill sources), and those then stamp what they produce in scenario time.
 */
public final class DrillClock extends Clock {

    public static final double MIN_SPEED = 1.0;
    public static final double MAX_SPEED = 60.0;

    private final Clock base;
    private Instant anchorReal;
    private Instant anchorScenario;
    private double speed;
    private boolean paused;

    /** A running clock at {@code start}, advancing {@code speed} times faster than {@code base}. */
    public DrillClock(Clock base, Instant start, double speed) {
        this.base = Objects.requireNonNull(base);
        this.anchorScenario = Objects.requireNonNull(start);
        this.anchorReal = base.instant();
        this.speed = checkSpeed(speed);
    }

    private static double checkSpeed(double speed) {
        if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
            throw new IllegalArgumentException("drill speed must be between " + MIN_SPEED + "x and " + MAX_SPEED
                    + "x, not " + speed + "x");
        }
        return speed;
    }

    @Override
    public synchronized Instant instant() {
        if (paused) {
            return anchorScenario;
        }
        Duration real = Duration.between(anchorReal, base.instant());
        if (real.isNegative()) {
            // A base clock stepped backwards (NTP) must not run the drill backwards.
            real = Duration.ZERO;
        }
        long scaledNanos = Math.round(real.toNanos() * speed);
        return anchorScenario.plusNanos(scaledNanos);
    }

    private void reanchor() {
        anchorScenario = instant();
        anchorReal = base.instant();
    }

    /**
     * Where the clock was last set in scenario time: its start, a seek, or the moment it was paused or its speed
     * changed. Unlike {@link #instant()} it does not move by itself, so what is drawn as of it is the same every
     * time (a drill's start picture, which is kept).
     */
    public synchronized Instant setAt() {
        return anchorScenario;
    }

    public synchronized void setSpeed(double newSpeed) {
        double checked = checkSpeed(newSpeed);
        reanchor();
        speed = checked;
    }

    public synchronized double speed() {
        return speed;
    }

    public synchronized void pause() {
        if (!paused) {
            reanchor();
            paused = true;
        }
    }

    public synchronized void resume() {
        if (paused) {
            anchorReal = base.instant();
            paused = false;
        }
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    /** Jumps to {@code scenarioInstant}, forwards or backwards; a paused clock stays paused there. */
    public synchronized void seek(Instant scenarioInstant) {
        anchorScenario = Objects.requireNonNull(scenarioInstant);
        anchorReal = base.instant();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** Scenario time has no zone of its own; a zoned copy would fork the drill's state, so it is refused. */
    @Override
    public Clock withZone(ZoneId zone) {
        if (zone.equals(getZone())) {
            return this;
        }
        throw new UnsupportedOperationException("a drill clock has one zone (" + getZone() + ")");
    }
}
