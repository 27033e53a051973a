package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.incident.postmortem.IncidentPostmortem;
import sitrep.postmortem.ChartImage;
import sitrep.postmortem.ExportOptions;
import sitrep.postmortem.Html5Validator;
import sitrep.postmortem.HtmlRenderer;

/** {@code sitrep import} and {@code sitrep export}, run in-process against real incident folders. */
class PostmortemCommandsTest {

    private static final Path SHARED_REFERENCE = Path.of("..", "shared", "reference", "example-postmortem.txt");
    private static final Path GOLDEN = Path.of("src/test/resources/postmortem/golden");
    /** The stand-in chart of the golden HTML file (see GoldenFilesTest). */
    private static final byte[] PIXEL_PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @TempDir
    Path dir;

    private final InProcessCli cli = new InProcessCli();

    private static String bundledReference() throws IOException {
        try (InputStream in = PostmortemCommandsTest.class.getResourceAsStream("/postmortem/example-postmortem.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Imports {@code text} through the CLI into a new folder and returns the folder. */
    private Path imported(String text) throws IOException {
        Path file = dir.resolve("postmortem-" + System.nanoTime() + ".txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Path incident = dir.resolve("incident-" + System.nanoTime());
        assertThat(cli.run("import", file.toString(), "--incident", incident.toString(), "--author", "ana"))
                .as(cli.err()).isZero();
        return incident;
    }

    private String export(Path incident, String... more) {
        String[] args = Stream.concat(Stream.of("export", "--incident", incident.toString(),
                "--config", dir.resolve("no-settings.json").toString()), Stream.of(more)).toArray(String[]::new);
        assertThat(cli.run(args)).as(cli.err()).isZero();
        return cli.out();
    }

    @Test
    void theBundledReferenceSurvivesImportAndTextExportByteForByte() throws IOException {
        String reference = bundledReference();
        Path incident = imported(reference);
        assertThat(cli.out()).contains("7 timeline entries");
        assertThat(Files.readString(incident.resolve("incident.json"))).contains("\"zone\": \"PST\"");
        assertThat(export(incident, "--format", "text")).isEqualTo(reference);
    }

    @Test
    void theSharedReferenceSurvivesImportAndTextExportByteForByteWhereItExists() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SHARED_REFERENCE), "no shared reference beside this checkout");
        String reference = Files.readString(SHARED_REFERENCE, StandardCharsets.UTF_8);
        Path incident = dir.resolve("shared");
        assertThat(cli.run("import", SHARED_REFERENCE.toString(), "--incident", incident.toString(), "--author", "bo"))
                .isZero();
        assertThat(export(incident, "--format", "text")).isEqualTo(reference);
    }

    @Test
    void markdownAndHtmlExportsOfTheImportedReferenceMatchTheGoldenFiles() throws Exception {
        Path incident = imported(bundledReference());
        assertThat(export(incident, "--format", "md"))
                .isEqualTo(Files.readString(GOLDEN.resolve("example-postmortem.md"), StandardCharsets.UTF_8));

        // The golden HTML carries one stand-in chart; drafted from the folder it must come out identical.
        String html = new HtmlRenderer().render(IncidentPostmortem.load(incident).draft(), ExportOptions.htmlDefaults(
                List.of(new ChartImage("API error rate, 13:30-18:00 (PST)", PIXEL_PNG))));
        assertThat(html).isEqualTo(Files.readString(GOLDEN.resolve("example-postmortem.html"), StandardCharsets.UTF_8));
    }

    @Test
    void htmlWithoutAPrometheusSaysWhyThereAreNoChartsAndIsValid() throws Exception {
        Path incident = imported(bundledReference());
        String html = export(incident, "--format", "html");
        assertThat(html).contains("<h3>Charts of the incident window</h3>\n<p>No charts of the incident window were"
                + " available: no Prometheus server was given (--prometheus, or saved in the settings).</p>");
        assertThat(html).doesNotContain("<img");
        assertThat(Html5Validator.errors(html)).isEmpty();
    }

    @Test
    void htmlChartsQueryFailureIsAWarningNotAFailure() throws Exception {
        Path incident = imported(bundledReference());
        // Nothing listens on port 9 (discard) on a test machine: every query fails fast.
        String html = export(incident, "--format", "html", "--prometheus", "http://127.0.0.1:9");
        assertThat(cli.err()).contains("sitrep: warning: no chart of probe_success");
        assertThat(html).contains("No charts of the incident window were available: the queries to");
        assertThat(Html5Validator.errors(html)).isEmpty();
    }

    @Test
    void noAppendixLeavesMetricsAndChartsOut() throws IOException {
        Path incident = imported(bundledReference());
        assertThat(export(incident, "--format", "md", "--no-appendix")).doesNotContain("Appendix");
        assertThat(export(incident, "--format", "text", "--appendix")).contains("Appendix - Response metrics:\n"
                + "- Time to detect: 0 min\n");
    }

    @Test
    void outIsWrittenAtomicallyAndNeverOverwrittenWithoutForce() throws IOException {
        Path incident = imported(bundledReference());
        Path file = dir.resolve("exports").resolve("pm.md");
        Files.createDirectories(file.getParent());
        assertThat(export(incident, "--format", "md", "--out", file.toString())).contains("exported " + file);
        String first = Files.readString(file);
        assertThat(first).startsWith("# Service Outage - June 10, 2023\n");

        Files.writeString(file, "kept");
        assertThat(cli.run("export", "--incident", incident.toString(), "--format", "text", "--out", file.toString()))
                .isEqualTo(1);
        assertThat(cli.err()).isEqualTo("sitrep: " + file + " exists; use --force to overwrite it\n");
        assertThat(Files.readString(file)).isEqualTo("kept");

        export(incident, "--format", "text", "--out", file.toString(), "--force");
        assertThat(Files.readString(file)).isEqualTo(bundledReference());
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertThat(left).as("no temp file left behind").containsExactly(file);
        }
    }

    @Test
    void aMissingIncidentFolderIsOneLineAndExitOne() {
        Path missing = dir.resolve("nowhere");
        assertThat(cli.run("export", "--incident", missing.toString(), "--format", "text")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("sitrep: no such folder: " + missing + "\n");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(cli.run("export", "--incident", dir.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("--format");
        assertThat(cli.run("export", "--incident", dir.toString(), "--format", "pdf")).isEqualTo(2);
        assertThat(cli.err()).contains("'pdf' is not a format");
        assertThat(cli.run("import", "--incident", dir.toString())).isEqualTo(2);
    }

    @Test
    void importRefusesAFolderThatHoldsAnIncident() throws IOException {
        Path incident = imported(bundledReference());
        Path file = dir.resolve("again.txt");
        Files.writeString(file, bundledReference());
        byte[] before = Files.readAllBytes(incident.resolve("incident.json"));
        assertThat(cli.run("import", file.toString(), "--incident", incident.toString(), "--author", "ana")).isEqualTo(1);
        assertThat(cli.err()).isEqualTo("sitrep: " + incident + " already holds an incident; import into a new"
                + " folder\n");
        assertThat(Files.readAllBytes(incident.resolve("incident.json"))).isEqualTo(before);
    }

    @Test
    void aPostmortemSavedAsUtf16WithItsByteOrderMarkIsRead() throws IOException {
        Path utf16 = dir.resolve("notepad.txt");
        Files.write(utf16, ("\uFEFFDisk full on db-1 - March 5, 2024\n\nDuration: 14:00 - 15:00 (UTC)\n\nTimeline:\n"
                + "- 14:00: alert fired\n- 15:00: resolved\n\nRoot cause: a runaway log.\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        Path target = dir.resolve("u16");

        assertThat(cli.run("import", utf16.toString(), "--incident", target.toString(), "--author", "a"))
                .as(cli.err()).isZero();
        assertThat(cli.out()).contains("2 timeline entries");
    }

    @Test
    void importRefusesAMissingOrBinaryFile() throws IOException {
        Path target = dir.resolve("x");
        assertThat(cli.run("import", dir.resolve("missing.txt").toString(), "--incident", target.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("no such file");
        Path binary = dir.resolve("image.png");
        Files.write(binary, PIXEL_PNG);
        assertThat(cli.run("import", binary.toString(), "--incident", target.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("not UTF-8 text");
        assertThat(target).doesNotExist();
    }

    @Test
    void importPrintsWhatItGuessedAndCouldNotReadOneLineEach() throws IOException {
        Path file = dir.resolve("loose.md");
        Files.writeString(file, "DB failover\n\n## Timeline\n- 09:10 alert fired on replica lag\n"
                + "- 09:40 failed over, resolved\n\n## Contacts\nCall Bob.\n");
        assertThat(cli.run("import", file.toString(), "--incident", dir.resolve("loose").toString(), "--author", "ana"))
                .isZero();
        assertThat(cli.err().lines()).isNotEmpty().allSatisfy(l -> assertThat(l)
                .matches("sitrep: (guessed|could not read): .+"));
        assertThat(cli.err()).contains("could not read: The section \"Contacts\" is not part of the template")
                .contains("guessed: The document names no date");
        String text = export(dir.resolve("loose"), "--format", "text");
        assertThat(text).contains("- 09:10: alert fired on replica lag\n").contains("Unplaced:\nContacts\n\nCall Bob.\n");
    }

    @Test
    void anIncidentWrittenWithNotesExportsASensibleDraft() {
        String inc = dir.resolve("db-outage").toString();
        assertThat(cli.run("note", "--incident", inc, "--zone", "UTC", "--author", "ana", "--title", "Database outage",
                "--at", "2023-06-10 09:00", "--tag", "detection", "replica lag alert")).isZero();
        assertThat(cli.run("note", "--incident", inc, "--author", "bo", "--at", "2023-06-10 09:20", "--tag",
                "escalation", "paged the DBA")).isZero();
        assertThat(cli.run("note", "--incident", inc, "--author", "ana", "--at", "2023-06-10 10:05", "--tag",
                "resolution", "replica caught up")).isZero();

        String text = export(Path.of(inc), "--format", "text");
        assertThat(text).isEqualTo("Database outage - June 10, 2023\n\n"
                + "Summary:\nDuration: June 10, 2023, 09:00 - 10:05 (UTC)\n\n"
                + "Timeline:\n- 09:00: replica lag alert\n- 09:20: paged the DBA\n- 10:05: replica caught up\n");
        String md = export(Path.of(inc), "--format", "md");
        assertThat(md).contains("| Time to escalate | 20 min |").contains("| Time to resolve | 1 h 5 min |")
                .doesNotContain("Root Cause").doesNotContainIgnoringCase("tbd");
    }
}
