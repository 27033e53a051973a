package sitrep.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import sitrep.concurrent.Daemons;
import sitrep.source.polling.LatestValueRelay;

/**
 * The console's settings and their saving, off the FX thread: {@link #save()} takes a snapshot (cheap, in memory)
 * and hands it to a disk thread through a latest-wins relay, so a burst of changes (a theme toggled twice, a
 * divider dragged) costs one write with the last state, and the FX thread never waits on the two disk syncs.
 */
final class SettingsSaver implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SettingsSaver.class.getName());

    private record Pending(long seq, Settings settings) {
    }

    private final SettingsStore store;
    private final Settings settings;
    private final Executor ui;
    private final Consumer<String> problems;
    private final ExecutorService disk;
    private final LatestValueRelay<Pending> relay;
    private final AtomicLong requested = new AtomicLong();
    private final AtomicLong written = new AtomicLong();

    /**
     * @param settings the live settings, changed on the FX thread only
     * @param ui       where a failure is reported ({@code Platform::runLater})
     * @param problems receives one sentence when a save fails
     */
    SettingsSaver(SettingsStore store, Settings settings, Executor ui, Consumer<String> problems) {
        this(store, settings, ui, problems, Executors.newSingleThreadExecutor(Daemons.named("sitrep-settings-save")));
    }

    /** @param disk the thread that writes (tests pass one they can hold busy) */
    SettingsSaver(SettingsStore store, Settings settings, Executor ui, Consumer<String> problems, ExecutorService disk) {
        this.store = store;
        this.settings = settings;
        this.ui = ui;
        this.problems = problems;
        this.disk = disk;
        this.relay = new LatestValueRelay<>(disk, this::write);
    }

    Settings settings() {
        return settings;
    }

    SettingsStore store() {
        return store;
    }

    /** Saves the settings as they are now, soon, on the disk thread. Call on the FX thread (where they change). */
    void save() {
        try {
            relay.accept(new Pending(requested.incrementAndGet(), store.snapshot(settings)));
        } catch (RejectedExecutionException e) {
            // After stop: the way out saved the last state already.
            written.set(requested.get());
            LOG.log(Level.WARNING, "settings changed after the console stopped; not saved");
        }
    }

    /** True while a save asked for has not reached the disk yet. Any thread. */
    boolean saving() {
        return written.get() < requested.get();
    }

    private void write(Pending p) {
        try {
            store.save(p.settings());
        } catch (IOException e) {
            LOG.log(Level.ERROR, "could not save settings to " + store.file() + ": " + e);
            ui.execute(() -> problems.accept("Could not save settings to " + store.file() + ": " + e.getMessage()));
        } finally {
            written.accumulateAndGet(p.seq(), Math::max);
        }
    }

    /** Lets the saves already asked for finish (up to {@code wait}); later saves are refused. Blocks: not on FX. */
    void closeAndWait(Duration wait) {
        disk.shutdown();
        try {
            if (!disk.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "settings save still running after " + wait.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        disk.shutdown();
    }
}
