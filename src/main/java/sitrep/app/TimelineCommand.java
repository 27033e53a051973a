package sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.domain.TerminalText;
import sitrep.domain.TimeFormats;
import sitrep.domain.TimelineEntry;
import sitrep.incident.IncidentFolder;
import sitrep.incident.JournalReplay;
import sitrep.incident.IncidentTimeline;
import sitrep.incident.command.CommandEntries;
import sitrep.json.SharedGson;

/** {@code sitrep timeline}: prints every responder's entries merged, in the incident zone. */
@Command(name = "timeline", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Print an incident's merged timeline: one line per entry (time, kind, author, text), with the date when the incident spans days. Skipped journal lines are reported on stderr."})
final class TimelineCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = TimeFormats.CLOCK;
    private static final DateTimeFormatter DATE_TIME = TimeFormats.DATE_TIME;

    @Spec
    private CommandSpec spec;

    @Mixin
    private IncidentFlag incident = new IncidentFlag();

    @Option(names = "--json", description = "A JSON list of {id, time, kind, author, text} (and starred when starred); time is ISO-8601"
                    + " with offset. Status, severity, role, update and follow-up records are entries of those kinds.")
    private boolean json;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Show times in this zone instead of the incident's.")
    private String zone;

    @Override
    public Integer call() throws IOException {
        IncidentZone override = zone == null ? null : IncidentZone.parse(zone);
        IncidentFolder folder = IncidentFolder.open(incident.dir);
        JournalReplay.Result replay = JournalReplay.replay(folder.journalDir());
        ReplayWarningLines.report(spec.commandLine().getErr(), replay.warnings());

        IncidentTimeline timeline = new IncidentTimeline();
        timeline.apply(replay.records());
        Incident inc = timeline.incident(folder.incident());
        IncidentZone shown = override == null ? inc.zone() : override;
        List<TimelineEntry> entries = timeline.entries();

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(entries, shown.zoneId()));
        } else {
            boolean withDate = spansDays(inc, entries, shown.zoneId());
            for (TimelineEntry e : entries) {
                out.println((withDate ? DATE_TIME : TIME).format(e.eventTime().atZone(shown.zoneId())) + " "
                        + shown.label() + "  " + pad(e.kind().wireName(), 10) + "  " + TerminalText.escape(e.author()) + "  "
                        + TerminalText.escape(e.text()));
            }
        }
        out.flush();
        return 0;
    }

    private static String toJson(List<TimelineEntry> entries, ZoneId zone) {
        List<Map<String, String>> list = new ArrayList<>();
        for (TimelineEntry e : entries) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.eventTime().atZone(zone)));
            m.put("kind", e.kind().wireName());
            m.put("author", e.author());
            m.put("text", e.text());
            if (CommandEntries.starred(e.evidence())) {
                m.put("starred", "true");
            }
            list.add(m);
        }
        return SharedGson.PRETTY.toJson(list);
    }

    private static boolean spansDays(Incident inc, List<TimelineEntry> entries, ZoneId zone) {
        Instant first = inc.start();
        Instant last = inc.end() == null ? inc.start() : inc.end();
        if (!entries.isEmpty()) {
            first = entries.get(0).eventTime().isBefore(first) ? entries.get(0).eventTime() : first;
            Instant lastEntry = entries.stream().map(TimelineEntry::eventTime).max(Instant::compareTo).orElseThrow();
            last = lastEntry.isAfter(last) ? lastEntry : last;
        }
        return !first.atZone(zone).toLocalDate().equals(last.atZone(zone).toLocalDate());
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
