package sitrep.app;

import com.code_intelligence.jazzer.junit.FuzzTest;
import sitrep.fuzz.FuzzBudget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import sitrep.domain.SourceUrl;

/**
 * A settings file of any bytes: read or reported in one line, never thrown, never moved by a read-only
 * load; the settings it yields are usable (a bad saved source is an IllegalArgumentException naming it).
 */
class SettingsFuzzTest {

    private static Path dir;

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void anySettingsFileLoadsOrIsReportedInOneLine(byte[] data) throws IOException {
        if (dir == null) {
            dir = Files.createTempDirectory("sitrep-settings-fuzz");
        }
        Path file = dir.resolve("settings.json");
        Files.write(file, data);
        SettingsStore.Loaded loaded = SettingsStore.readOnly(file).load();
        if (!Files.exists(file)) {
            throw new AssertionError("a read-only load moved the file");
        }
        loaded.problem().ifPresent(p -> {
            // A library's words count only when they did not come from the file itself (a key may say anything).
            String input = new String(data, StandardCharsets.UTF_8);
            if (p.contains("\n") || p.contains("Exception") && !input.contains("Exception")
                    || p.contains("com.google") && !input.contains("com.google")) {
                throw new AssertionError("not one plain line: " + p);
            }
        });
        Settings s = loaded.settings();
        s.theme();
        s.author();
        s.panels();
        s.evidenceCapBytes();
        s.recentIncidents();
        for (String url : s.statusUrls()) {
            use(url, s);
        }
        use(s.prometheusUrl(), s);
        use(s.alertmanagerUrl(), s);
    }

    private static void use(String url, Settings s) {
        if (url == null) {
            return;
        }
        try {
            SourceOptions.configFor(SourceUrl.parse(url), s.sourceOptions());
        } catch (IllegalArgumentException expected) {
            // Documented: a bad URL or header, named in the message.
        }
    }
}
