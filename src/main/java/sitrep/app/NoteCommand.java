package sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sitrep.domain.TerminalText;
import sitrep.domain.EntryKind;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;
import sitrep.incident.IncidentFolder;
import sitrep.incident.JournalRecord;
import sitrep.incident.QuickEntryParser;
import sitrep.incident.command.CommandEntries;

/** {@code sitrep note}: appends one note to an incident's journal; exit 0 only once it is on disk. */
@Command(name = "note", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Append a note to an incident's journal, creating the incident folder if needed. TEXT is read like the console's quick-entry line: a leading time (14:05, 2:05pm) and #tags (#action, #rootcause ...) are understood; #followup (or TODO: at the start) makes a follow-up whose @owner, due date and !priority are read from the text. Exits 0 only once the note is on disk."})
final class NoteCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand parent;

    @Mixin
    private IncidentFlag incident = new IncidentFlag();

    @Option(names = "--at", paramLabel = "TIME",
            description = "When it happened: 14:05, 2:05pm, 2023-06-10 14:05 or an ISO-8601 time with offset.")
    private String at;

    @Option(names = "--tag", paramLabel = "KIND", converter = KindConverter.class,
            description = "detection, action, misleading, escalation, root-cause, mitigation, resolution or note.")
    private EntryKind tag;

    @Option(names = "--author", paramLabel = "NAME", description = "Who writes; default: the author in the settings.")
    private String author;

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "Zone of a new incident (Europe/Berlin, PST, UTC-05); default: this computer's.")
    private String zone;

    @Option(names = "--title", paramLabel = "TITLE", description = "Title of a new incident; default: the folder name.")
    private String title;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The note.")
    private List<String> text;

    private final Clock clock = Clock.systemUTC();

    /** Picocli reads kinds the way the quick-entry line reads tags, aliases included. */
    static final class KindConverter implements CommandLine.ITypeConverter<EntryKind> {
        @Override
        public EntryKind convert(String value) {
            return EntryKind.parse(value);
        }
    }

    @Override
    public Integer call() throws IOException {
        Instant now = clock.instant();
        IncidentZone newZone = zone == null ? IncidentZone.of(ZoneId.systemDefault()) : IncidentZone.parse(zone);
        String newTitle = title == null ? String.valueOf(incident.dir.toAbsolutePath().normalize().getFileName()) : title;
        boolean exists = Files.isRegularFile(incident.dir.resolve(IncidentFolder.INCIDENT_FILE));
        IncidentFolder existing = exists ? IncidentFolder.open(incident.dir) : null;
        IncidentZone incidentZone = exists ? existing.incident().zone() : newZone;

        QuickEntryParser.ParsedEntry parsed = QuickEntryParser.parse(String.join(" ", text), incidentZone.zoneId(), now);
        // Without --at the note's own leading time (or now) is when it happened.
        Instant event = at == null ? parsed.eventTime()
                : JournaledCommand.eventTime(spec, at, incidentZone.zoneId(), now);
        EntryKind kind = tag == null ? parsed.kind() : tag;
        String who = JournaledCommand.writer(author, parent);

        // Validated before anything is written: a note the journal could not read back is refused whole.
        JournalRecord record;
        try {
            record = kind == EntryKind.FOLLOWUP
                    ? CommandEntries.followup(parsed.text(), now.atZone(incidentZone.zoneId()).toLocalDate(), who, now,
                            event)
                    : JournalRecord.added(JournalRecord.newId(), who, now, event, kind, parsed.text(), Map.of());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot note this: " + e.getMessage());
        }
        // A new incident starts with its first note, which may be written after the fact.
        IncidentFolder folder = exists ? existing : IncidentFolder.openOrCreate(incident.dir,
                new Incident(newTitle, newZone, event, null, "", Map.of(), false));
        JournaledCommand.append(folder, who, List.of(record));
        PrintWriter out = spec.commandLine().getOut();
        out.println("noted " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.atZone(incidentZone.zoneId()))
                + " " + kind.wireName() + " by " + TerminalText.escape(who));
        out.flush();
        return 0;
    }
}
