package sitrep.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Markdown and HTML exports of the reference postmortem, compared exactly with golden files in
 * src/test/resources/postmortem/golden/. After a deliberate change to a renderer, regenerate them with
 * {@code mvn -q test -Dtest=GoldenFilesTest -Dsitrep.golden.update=true}, review the diff and commit it.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/postmortem/golden");
    /** A tiny valid PNG (1x1, transparent) stands in for a chart image. */
    static final byte[] PIXEL_PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    static String referenceHtml() {
        return new HtmlRenderer().render(PostmortemFixtures.reference(), ExportOptions.htmlDefaults(
                List.of(new ChartImage("API error rate, 13:30-18:00 (PST)", PIXEL_PNG))));
    }

    @Test
    void markdownExportOfTheReference() throws IOException {
        assertGolden("example-postmortem.md", new MarkdownRenderer().render(PostmortemFixtures.reference()));
    }

    @Test
    void htmlExportOfTheReference() throws IOException {
        assertGolden("example-postmortem.html", referenceHtml());
    }

    @Test
    void textExportWithTheAppendixOfTheReference() throws IOException {
        assertGolden("example-postmortem-appendix.txt", new TextRenderer().render(PostmortemFixtures.reference(),
                ExportOptions.textDefaults().withAppendix(true)));
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("sitrep.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file; regenerate with -Dsitrep.golden.update=true").exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
