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

        double save = Bench.medianMillis(20, 101, () -> store.save(settings));
        double load = Bench.medianMillis(20, 101, store::load);

        Bench.print("settings_save_atomic_median", save, "ms");
        Bench.print("settings_load_median", load, "ms");
        assertThat(Files.readString(dir.resolve("settings.json"))).contains("127.0.0.1:9090");
    }
}
