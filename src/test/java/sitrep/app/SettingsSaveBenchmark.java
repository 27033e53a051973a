package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.bench.Bench;
import sitrep.bench.SpreadSamples;

/** How long an atomic, forced settings write takes: it happens on every theme switch and window close. */
class SettingsSaveBenchmark {

    @TempDir
    Path dir;

    @Test
    void atomicSettingsSave() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        Settings settings = new Settings();
        settings.setPrometheusUrl("http://127.0.0.1:9090");
        settings.setStatusUrls(List.of("https://status.example.com/api/v2/summary.json"));
        settings.setWindow(new Settings.WindowState(0, 0, 1600, 900, false, 0.62, 0.6));

        // Both take under a millisecond: timed in batches so a sample is well above the timer's and the
        // scheduler's granularity (single calls moved the medians by half between runs).
        double save = Bench.medianMillis(new Bench.Sampling(20, 101, 5, Bench.Clock.WALL, false),
                () -> store.save(settings));
        // A load is a read and a parse on the calling thread, so it is timed on that thread's CPU clock, in five
        // blocks a second apart: on wall time in one block its passes read 20 to 50 microseconds (the host's slow
        // moments, SpreadSamples), and the fastest pass moved 21 to 26 between runs.
        SpreadSamples loads = SpreadSamples.take(new Bench.Sampling(20, 101, 10, Bench.Clock.THREAD_CPU, false), 5,
                Duration.ofSeconds(1), () -> { }, store::load);

        Bench.print("settings_save_atomic_median", save, "ms (median of 101 samples of 5 saves each)");
        Bench.print("settings_load_median", loads.fastest(), "ms of thread CPU (fastest median of 5 blocks, 1 s apart,"
                + " of 101 samples of 10 loads each: " + loads.text() + ")");
        assertThat(Files.readString(dir.resolve("settings.json"))).contains("127.0.0.1:9090");
    }
}
