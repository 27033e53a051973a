package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.bench.Bench;

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
        double load = Bench.medianMillis(new Bench.Sampling(20, 101, 10, Bench.Clock.WALL, false), store::load);

        Bench.print("settings_save_atomic_median", save, "ms (median of 101 samples of 5 saves each)");
        Bench.print("settings_load_median", load, "ms (median of 101 samples of 10 loads each)");
        assertThat(Files.readString(dir.resolve("settings.json"))).contains("127.0.0.1:9090");
    }
}
