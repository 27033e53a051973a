package sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sitrep.domain.TerminalText;
import sitrep.domain.SecretMask;
import sitrep.incident.IncidentFolder;
import sitrep.incident.IncidentJournal;
import sitrep.incident.JournalRecord;
import sitrep.incident.QuickEntryParser;
import sitrep.incident.command.CommandFolder;

/**
 * What {@code status}, {@code severity}, {@code role} and {@code update} share: an existing incident
 * folder, an optional {@code --at} that backdates the record, the author, and an append that returns only
 * once the records are on disk. Each command reads its argument with {@link #parsedOrUsage}, takes the
 * {@link #moment()} it records at, and ends with {@link #appendAndReport}; the order (argument checked,
 * folder read, times taken, records written, one line printed) is the same for all of them.
 */
abstract class JournaledCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    SitrepCommand parent;

    @Mixin
    IncidentFlag incident = new IncidentFlag();

    @Option(names = "--at", paramLabel = "TIME",
            description = "When it happened: 14:05, 2:05pm, 2023-06-10 14:05 or an ISO-8601 time with offset;"
                    + " default: now.")
    String at;

    @Option(names = "--author", paramLabel = "NAME", description = "Who writes; default: the author in the settings.")
    String author;

    Clock clock = Clock.systemUTC();

    /**
     * What a record is stamped with: the folder as read, when it is written, when it happened ({@code --at}
     * or now) and who writes it.
     */
    record Moment(CommandFolder folder, Instant now, Instant event, String who) {

        /** {@code t} as ISO-8601 with the incident's offset, as every command prints its times. */
        String time(Instant t) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(folder.incident().zone().zoneId()));
        }
    }

    /** {@code value} read by {@code parse}; what the parser refuses is a usage error (exit 2) with its message. */
    <T> T parsedOrUsage(Function<String, T> parse, String value) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    /** Reads the folder, then takes the moment; see {@link #momentIn} for a command that looks first. */
    Moment moment() throws IOException {
        return momentIn(read());
    }

    /** Now, the event time and the author, for records about to be written to {@code folder}. */
    Moment momentIn(CommandFolder folder) {
        Instant now = clock.instant();
        Instant event = eventTime(spec, at, folder.incident().zone().zoneId(), now);
        return new Moment(folder, now, event, writer(author, parent));
    }

    /** Reads the folder, reporting skipped journal lines on stderr as {@code timeline} does. */
    CommandFolder read() throws IOException {
        CommandFolder folder = CommandFolder.read(incident.dir);
        ReplayWarningLines.report(spec.commandLine().getErr(), folder.warnings());
        return folder;
    }

    /** Appends {@code records} as {@code m.who()}; only once they are on disk is {@code line} printed: exit 0. */
    int appendAndReport(Moment m, List<JournalRecord> records, String line) throws IOException {
        return appendAndPrint(m, records, line + System.lineSeparator());
    }

    /**
     * As {@link #appendAndReport}, for a report that is a block of its own lines, printed with its line breaks and
     * every other control character escaped: the incident's title and a name may come from another responder.
     */
    int appendAndPrint(Moment m, List<JournalRecord> records, String text) throws IOException {
        append(m.folder().folder(), m.who(), records);
        PrintWriter out = spec.commandLine().getOut();
        out.print(TerminalText.escapeLines(text));
        out.flush();
        return 0;
    }

    /** A value the user typed that is not one of the accepted ones: a usage error, exit 2. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /**
     * The {@code --at} time read in {@code zone}, or {@code now} without one; a bad time is a usage error
     * naming the option. Shared with {@code note}, whose incident may not exist yet.
     */
    static Instant eventTime(CommandSpec spec, String at, ZoneId zone, Instant now) {
        if (at == null) {
            return now;
        }
        try {
            return QuickEntryParser.parseTime(at, zone, now, null);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--at': "
                    + e.getMessage());
        }
    }

    /** Who writes: {@code --author} when given, else the author in the settings. Shared with {@code note}. */
    static String writer(String author, SitrepCommand parent) {
        // Masked here, not only in the record: the author also names the journal file, which sync shares.
        return SecretMask.mask(author != null && !author.isBlank() ? author.strip() : parent.settingsAuthor());
    }

    /** Appends {@code records} in order; returns once they are on disk. Shared with {@code note}. */
    static void append(IncidentFolder folder, String who, List<JournalRecord> records) throws IOException {
        try (IncidentJournal journal = folder.openJournal(who)) {
            for (JournalRecord r : records) {
                journal.append(r);
            }
        }
    }
}
