package sitrep.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.bench.Bench;
import sitrep.bench.SpreadSamples;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.incident.JournalRecord;
import sitrep.incident.Journaled;

/** Run with {@code mvn -Pbench verify}: building the rows of a 5,000-entry timeline, then live updates. */
class TimelineViewModelBenchmark {

    @Test
    void loadFiveThousandEntries() throws Exception {
        Instant start = Instant.parse("2026-06-10T14:00:00Z");
        Incident incident = new Incident("bench", IncidentZone.parse("Europe/Berlin"), start, null, "", Map.of(), false);
        List<Journaled> records = new ArrayList<>();
        EntryKind[] kinds = EntryKind.values();
        for (int i = 0; i < 5000; i++) {
            Instant at = start.plusSeconds(i * 7L);
            records.add(new Journaled(JournalRecord.added("e" + i, "responder-" + (i % 5), at, at.minusSeconds(i % 13),
                    kinds[i % kinds.length], "entry number " + i, Map.of()), "r.jsonl", i + 1));
        }
        // A fresh view model per load, in five blocks of 15 loads two seconds apart after 15 warm-up loads; the
        // fastest block's median, in fractional milliseconds of thread CPU (the best of five in whole milliseconds
        // read 15, 20 and 25 in three runs; the median of 21 after 5, 12.1, 7.8 and 6.4: five loads left the JIT
        // halfway; the median of 41 in one block, 3.5 to 7.3 between passes: the host's slow moments, SpreadSamples).
        TimelineViewModel[] latest = new TimelineViewModel[1];
        SpreadSamples loads = SpreadSamples.take(new Bench.Sampling(15, 15, 1, Bench.Clock.THREAD_CPU, true), 5,
                Duration.ofSeconds(2),
                () -> latest[0] = new TimelineViewModel(incident, "responder-0", r -> new Journaled(r, "r.jsonl", 1),
                        Clock.fixed(start.plusSeconds(40_000), ZoneOffset.UTC), Runnable::run, Runnable::run),
                () -> latest[0].load(records, List.of()));
        double loadMs = loads.fastest();
        TimelineViewModel vm = latest[0];
        assertThat(vm.rows()).hasSize(5000);
        Bench.print("timeline_viewmodel_load_5000", loadMs, "ms of thread CPU (fastest median of 5 blocks of 15 loads,"
                + " 2 s apart, after 15: " + loads.text() + ")");

        // Notes typed into the 5,000: the median of 41 samples of 5 notes each, after 10 such batches (timed once as
        // one pass of 200 cold notes, it read 0.29 to 0.49 ms between runs).
        int[] typed = {0};
        Bench.Sampling notes = new Bench.Sampling(10, 41, 5, Bench.Clock.THREAD_CPU, false);
        double perNote = Bench.medianMillisCountedWarmUp(notes, () -> {
            int i = typed[0]++;
            vm.entryTextProperty().set("15:" + String.format("%02d", i % 60) + " live note " + i);
            vm.submit();
        });
        assertThat(vm.rows()).hasSize(5000 + typed[0]);
        assertThat(typed[0]).as("the notes typed: the warm-up's and the samples'").isEqualTo((10 + 41) * 5);
        Bench.print("timeline_viewmodel_insert_into_5000", perNote,
                "ms of thread CPU per note (median of 41 samples of 5 after 10)");
        // Timed once, the filter was the first one, cold (interpreted code and compilation: 4 to 18 ms between
        // runs); compiled, one filter of the 5,255 rows is a fraction of a millisecond of this thread's work. The
        // figure is the median of many after a warm-up, each from the unfiltered list, in the thread's CPU time.
        TimelineViewModel filtered = vm;
        double filterMs = Bench.medianMillis(new Bench.Sampling(20, 101, 1, Bench.Clock.THREAD_CPU, false),
                () -> filtered.textFilterProperty().set(""), () -> filtered.textFilterProperty().set("number 49"));
        Bench.print("timeline_viewmodel_filter_5000", filterMs,
                "ms of thread CPU (median of 101 after 20 warm-up filters, each from no filter)");
        assertThat(vm.rows()).hasSize(111);
        assertThat(loadMs).isLessThan(1000);
    }
}
