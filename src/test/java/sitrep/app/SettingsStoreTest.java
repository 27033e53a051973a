package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void defaultDirectoryFollowsXdgConfigHomeAndIgnoresRelativeValues() {
        assertThat(SettingsStore.defaultDirectory(Map.of("XDG_CONFIG_HOME", "/etc/xdg-test"), "/home/ic"))
                .isEqualTo(Path.of("/etc/xdg-test/sitrep"));
        assertThat(SettingsStore.defaultDirectory(Map.of("XDG_CONFIG_HOME", "relative/dir"), "/home/ic"))
                .isEqualTo(Path.of("/home/ic/.config/sitrep"));
        assertThat(SettingsStore.defaultDirectory(Map.of(), "/home/ic"))
                .isEqualTo(Path.of("/home/ic/.config/sitrep"));
    }

    @Test
    void missingFileGivesDefaultsWithoutComplaint() {
        SettingsStore.Loaded loaded = new SettingsStore(dir.resolve("sitrep/settings.json")).load();

        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.settings().theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(loaded.settings().statusUrls()).isEmpty();
    }

    @Test
    void savesAtomicallyWithOwnerOnlyModeAndReadsBack() throws Exception {
        Path file = dir.resolve("sitrep/settings.json");
        SettingsStore store = new SettingsStore(file);
        Settings s = new Settings();
        s.setTheme(Settings.Theme.LIGHT);
        s.setPrometheusUrl("http://127.0.0.1:9090");
        s.setStatusUrls(List.of("https://status.example.com/api/v2/summary.json"));
        s.setAuthor("ana");
        s.setWindow(new Settings.WindowState(10, 20, 1280, 720, false, 0.6, 0.55));

        assertThat(store.save(s)).isTrue();

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (var entries = Files.list(file.getParent())) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
        Settings back = new SettingsStore(file).load().settings();
        assertThat(back.theme()).isEqualTo(Settings.Theme.LIGHT);
        assertThat(back.prometheusUrl()).isEqualTo("http://127.0.0.1:9090");
        assertThat(back.statusUrls()).containsExactly("https://status.example.com/api/v2/summary.json");
        assertThat(back.author()).isEqualTo("ana");
        assertThat(back.window()).isEqualTo(new Settings.WindowState(10, 20, 1280, 720, false, 0.6, 0.55));
    }

    @Test
    void overwritingKeepsModeAndReplacesContent() throws Exception {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        Settings s = new Settings();
        s.setAuthor("first");
        store.save(s);
        s.setAuthor("second");
        store.save(s);

        assertThat(Files.readString(file)).contains("\"second\"").doesNotContain("\"first\"");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void malformedFileIsKeptAsBadAndDefaultsAreUsed() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{not json", StandardCharsets.UTF_8);

        SettingsStore store = new SettingsStore(file);
        SettingsStore.Loaded loaded = store.load();

        assertThat(loaded.problem()).hasValueSatisfying(m -> assertThat(m)
                .contains("could not be used").contains("settings.json.bad").contains("default settings"));
        assertThat(loaded.settings().theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(Files.readString(dir.resolve("settings.json.bad"))).isEqualTo("{not json");
        assertThat(file).doesNotExist();
        assertThat(store.saveEnabled()).isTrue();
    }

    @Test
    void aSettingNamedWithALineBreakIsReportedOnOneLine() throws Exception {
        // Found by SettingsFuzzTest: a key holding a line break was echoed raw into the one-line problem.
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"sourceOptions\": {\"a\\nb\": null}, \"x\\ny\": {\"z\": 1}}", StandardCharsets.UTF_8);

        SettingsStore.Loaded loaded = SettingsStore.readOnly(file).load();

        assertThat(loaded.problem()).hasValueSatisfying(m -> assertThat(m).doesNotContain("\n").contains("a\\nb"));
    }

    @Test
    void aSecondBadFileDoesNotOverwriteTheFirst() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{not json");
        new SettingsStore(file).load();
        Files.writeString(file, "[1, 2, 3]");

        SettingsStore.Loaded loaded = new SettingsStore(file).load();

        assertThat(loaded.problem()).hasValueSatisfying(m -> assertThat(m).contains("settings.json.bad.2"));
        assertThat(Files.readString(dir.resolve("settings.json.bad"))).isEqualTo("{not json");
        assertThat(Files.readString(dir.resolve("settings.json.bad.2"))).isEqualTo("[1, 2, 3]");
    }

    @Test
    void wrongShapeAndTrailingGarbageAreRejectedNotHalfRead() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"statusUrls\": \"not-a-list\"}");
        assertThat(new SettingsStore(file).load().problem()).isPresent();

        Files.writeString(file, "{\"author\": \"ana\"} trailing");
        assertThat(new SettingsStore(file).load().problem()).isPresent();

        Files.writeString(file, "");
        assertThat(new SettingsStore(file).load().problem()).hasValueSatisfying(m -> assertThat(m).contains("empty"));
    }

    @Test
    void unknownThemeAndUnknownFieldsFallBackToDefaults() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"NEON\", \"futureField\": 3, \"author\": \"bo\"}");

        SettingsStore.Loaded loaded = new SettingsStore(file).load();

        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.settings().theme()).isEqualTo(Settings.Theme.DARK);
        assertThat(loaded.settings().author()).isEqualTo("bo");
    }

    @Test
    void unreadableFileSwitchesSavingOffSoItIsNotLost() throws Exception {
        // A directory where the file should be cannot be read as JSON on any account, root included.
        Path file = dir.resolve("settings.json");
        Files.createDirectory(file);
        SettingsStore store = new SettingsStore(file);

        SettingsStore.Loaded loaded = store.load();

        assertThat(loaded.problem()).hasValueSatisfying(m -> assertThat(m).contains("Could not read"));
        assertThat(store.saveEnabled()).isFalse();
        assertThat(store.save(new Settings())).isFalse();
        assertThat(file).isDirectory();
    }
}
