package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.bench.Bench;
import sitrep.postmortem.PostmortemImporter;

/**
 * A 20 MB Markdown postmortem (150,000 timeline lines) imported from the command line: reading, parsing,
 * writing the journal with one force, and moving the built folder into place. Limit: 30 s (it took 55 s, silently, before).
 */
class ImportBenchmark {

    static final double LIMIT_SECONDS = 30;

    @TempDir
    Path dir;

    static String document(int bytes) {
        Random random = new Random(1);
        StringBuilder sb = new StringBuilder(bytes + 200).append("Checkout outage - June 10, 2023\n\n")
                .append("Duration: June 10, 2023, 14:00 - 23:30 (UTC)\nImpact: checkout failed for 40% of users.\n\n")
                .append("## Timeline\n\n");
        for (int i = 0; sb.length() < bytes; i++) {
            sb.append(String.format("- %02d:%02d: responder note %d about the failover, details %s%n",
                    14 + (i / 3600) % 9, (i / 60) % 60, i, "x".repeat(10 + random.nextInt(70))));
        }
        return sb.append("\n## Root cause\nA bad index.\n").toString();
    }

    @Test
    void importsTwentyMegabytesWithinTheLimit() throws Exception {
        InProcessCli cli = new InProcessCli();
        Path small = dir.resolve("small.md");
        Files.writeString(small, document(2 * 1024 * 1024));
        assertThat(cli.run("import", small.toString(), "--incident", dir.resolve("warm").toString(), "--author", "a"))
                .isZero();

        String text = document(20 * 1024 * 1024);
        double parseMs = Bench.medianMillis(0, 1, () -> new PostmortemImporter().importText(text));
        Bench.print("import_20mb_parse", parseMs / 1000, "s");

        Path big = dir.resolve("big.md");
        Files.writeString(big, text);
        long t0 = System.nanoTime();
        assertThat(cli.run("import", big.toString(), "--incident", dir.resolve("big").toString(), "--author", "a"))
                .isZero();
        double seconds = (System.nanoTime() - t0) / 1e9;
        Bench.print("import_20mb_markdown_total", seconds, "s (limit " + LIMIT_SECONDS + " s)");
        assertThat(seconds).isLessThan(LIMIT_SECONDS);
    }
}
