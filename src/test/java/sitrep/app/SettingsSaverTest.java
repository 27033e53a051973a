package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.concurrent.Daemons;

class SettingsSaverTest {

    @TempDir
    Path dir;

    @Test
    void saveReturnsAtOnceAndABurstOfChangesIsOneWriteOfTheLastState() throws Exception {
        Path file = dir.resolve("settings.json");
        ExecutorService disk = Executors.newSingleThreadExecutor(Daemons.named("test-settings-save"));
        CountDownLatch diskBusy = new CountDownLatch(1);
        // The disk thread is busy (a slow sync elsewhere): saves must not wait for it.
        disk.execute(() -> {
            try {
                diskBusy.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Settings settings = new Settings();
        List<String> problems = new ArrayList<>();
        SettingsSaver saver = new SettingsSaver(new SettingsStore(file), settings, Runnable::run, problems::add, disk);

        long started = System.nanoTime();
        settings.setTheme(Settings.Theme.LIGHT);
        saver.save();
        settings.setTheme(Settings.Theme.DARK);
        saver.save();
        settings.setTheme(Settings.Theme.LIGHT);
        saver.save();
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(tookMs).as("three saves while the disk thread is busy").isLessThan(2000);
        assertThat(file).doesNotExist();
        assertThat(saver.saving()).isTrue();

        diskBusy.countDown();
        saver.closeAndWait(Duration.ofSeconds(10));
        assertThat(saver.saving()).isFalse();
        assertThat(Files.readString(file)).contains("\"theme\": \"LIGHT\"");
        assertThat(problems).isEmpty();
    }

    @Test
    void theSnapshotIsTakenWhenSaveIsCalledNotWhenTheDiskGetsToIt() throws Exception {
        Path file = dir.resolve("settings.json");
        ExecutorService disk = Executors.newSingleThreadExecutor(Daemons.named("test-settings-save"));
        CountDownLatch diskBusy = new CountDownLatch(1);
        disk.execute(() -> {
            try {
                diskBusy.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Settings settings = new Settings();
        SettingsSaver saver = new SettingsSaver(new SettingsStore(file), settings, Runnable::run, p -> { }, disk);
        settings.setAuthor("ana");
        saver.save();
        // Changed after the save, never saved: the file must show the state at save().
        settings.setAuthor("bob");
        diskBusy.countDown();
        saver.closeAndWait(Duration.ofSeconds(10));
        assertThat(Files.readString(file)).contains("\"author\": \"ana\"").doesNotContain("bob");
    }

    @Test
    void aFailedSaveIsOneSentenceOnTheUiExecutor() throws Exception {
        Path blocker = dir.resolve("not-a-dir");
        Files.writeString(blocker, "x");
        List<String> problems = new ArrayList<>();
        SettingsSaver saver = new SettingsSaver(new SettingsStore(blocker.resolve("settings.json")), new Settings(),
                Runnable::run, problems::add);
        saver.save();
        saver.closeAndWait(Duration.ofSeconds(10));
        assertThat(problems).singleElement().asString().startsWith("Could not save settings to ")
                .doesNotContain("Exception");
    }
}
