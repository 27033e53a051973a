package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ImportProgressTest {

    @Test
    void onATerminalALongImportSaysWhatItIsDoingAFewTimesASecond() {
        StringWriter out = new StringWriter();
        AtomicLong now = new AtomicLong();
        ImportProgress p = new ImportProgress(new PrintWriter(out), true, now::get);
        p.reading("big\u001b.md", 20L * 1024 * 1024);
        for (int done = 4096; done < 150_000; done += 4096) {
            now.addAndGet(50_000_000L);
            p.written(done, 150_000);
        }
        p.written(150_000, 150_000);
        String s = out.toString();
        assertThat(s).startsWith("sitrep: reading big\\x1b.md (20.0 MB)...\n");
        assertThat(s).contains("\rsitrep: writing entries: 2% (4096 of 150000)")
                .endsWith("\rsitrep: writing entries: 100% (150000 of 150000)\n");
        long updates = s.chars().filter(c -> c == '\r').count();
        assertThat(updates).isBetween(5L, 12L);
    }

    @Test
    void withoutATerminalNothingIsPrinted() {
        StringWriter out = new StringWriter();
        ImportProgress p = new ImportProgress(new PrintWriter(out), false, System::nanoTime);
        p.reading("big.md", 20L * 1024 * 1024);
        p.written(150_000, 150_000);
        assertThat(out.toString()).isEmpty();
    }
}
