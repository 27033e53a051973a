package sitrep.panels.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The importer is plain Java: no toolkit, no HTTP, no console; panel records are the only UI-side types. */
class GrafanaPackagePurityTest {

    @Test
    void importsNoToolkitHttpOrApplication() throws IOException {
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/sitrep/panels/grafana"))) {
            for (Path f : files.toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.matches("import (javafx|okhttp3|picocli|sitrep\\.app|sitrep\\.source)\\..*")
                            || (line.startsWith("import sitrep.ui.") && !line.matches(
                                    "import sitrep\\.ui\\.dashboard\\.(PanelDefinition|ChartSpec);"))
                            || line.contains("javafx.")) {
                        bad.add(f.getFileName() + ": " + line);
                    }
                }
            }
        }
        assertThat(bad).isEmpty();
    }
}
