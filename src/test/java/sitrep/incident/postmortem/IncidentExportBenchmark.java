package sitrep.incident.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.bench.Bench;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.incident.IncidentFolder;
import sitrep.incident.IncidentJournal;
import sitrep.incident.JournalRecord;
import sitrep.postmortem.MarkdownRenderer;
import sitrep.postmortem.PostmortemDocument;
import sitrep.postmortem.TextRenderer;

/** Drafting and rendering a 1,000-entry incident folder; the journal replay is measured on its own. */
class IncidentExportBenchmark {

    @TempDir
    Path dir;

    @Test
    void exportOfAThousandEntryIncidentFolder() throws Exception {
        Instant start = Instant.parse("2023-06-10T22:00:00Z");
        IncidentFolder folder = IncidentFolder.openOrCreate(dir, new Incident("Replica lag", IncidentZone.parse("UTC"),
                start, null, "", Map.of(), false));
        // Responders' note kinds: stakeholder updates and follow-ups have their own postmortem sections and are
        // not timeline lines, so cycling through every kind would leave 2 in 13 entries out of the count below.
        EntryKind[] kinds = EnumSet.range(EntryKind.DETECTION, EntryKind.NOTE).toArray(new EntryKind[0]);
        try (IncidentJournal journal = folder.openJournal("ana")) {
            for (int i = 0; i < 1000; i++) {
                Instant at = start.plusSeconds(60L * i);
                journal.append(JournalRecord.added(JournalRecord.newId(), "ana", at, at, kinds[i % kinds.length],
                        "Entry " + i + ": responders checked shard " + (i % 17) + " & <replica> *lag* again.", Map.of()));
            }
            PostmortemEdit.rootCause("A slow disk on the primary.").appendTo(journal, "ana", start.plusSeconds(90_000));
        }

        // Replays read the folder from the page cache on this thread: its CPU time (the reads' system time included),
        // in samples of three replays, after enough for the JIT to have compiled them. In wall time, one replay a
        // sample, the nine passes of three runs read 1.9 to 2.5 ms, and three of them 4.2 to 5.5 ms.
        double replayMs = Bench.medianMillis(new Bench.Sampling(15, 31, 3, Bench.Clock.THREAD_CPU, false),
                () -> IncidentPostmortem.load(dir));
        IncidentPostmortem.Loaded loaded = IncidentPostmortem.load(dir);
        TextRenderer text = new TextRenderer();
        MarkdownRenderer markdown = new MarkdownRenderer();
        // A few milliseconds a render, all computation on this thread: its CPU time, in samples of several renders
        // each, after a warm-up long enough for the JIT's last tier (after 60 renders the text export read 0.75,
        // 1.89 and 1.42 ms in three runs: how much of it was compiled by then decided the figure).
        double textMs = Bench.medianMillis(new Bench.Sampling(200, 41, 3, Bench.Clock.THREAD_CPU, false),
                () -> text.render(loaded.draft()));
        double markdownMs = Bench.medianMillis(new Bench.Sampling(150, 41, 2, Bench.Clock.THREAD_CPU, false),
                () -> markdown.render(loaded.draft()));

        Bench.print("incident_replay_1000_entries", replayMs,
                "ms of thread CPU (median of 31 samples of 3 replays each, after 45)");
        Bench.print("incident_export_text_1000_entries", textMs,
                "ms of thread CPU (median of 41 samples of 3 renders each, after 600)");
        Bench.print("incident_export_markdown_1000_entries", markdownMs,
                "ms of thread CPU (median of 41 samples of 2 renders each, after 300)");
        PostmortemDocument doc = loaded.draft();
        assertThat(doc.timeline()).hasSize(1000);
        assertThat(text.render(doc).lines().filter(l -> l.startsWith("- ")).count()).isEqualTo(1000);
        assertThat(textMs).isLessThan(200);
        assertThat(markdownMs).isLessThan(200);
    }
}
