package sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sitrep.incident.IncidentJournal;
import sitrep.incident.JournalRecord;
import sitrep.incident.QuickEntryParser;
import sitrep.incident.ReplayWarning;
import sitrep.incident.command.CommandFolder;

/**
 * What {@code status}, {@code severity}, {@code role} and {@code update} share: an existing incident
 * folder, an optional {@code --at} that backdates the record, the author, and an append that returns only
 * once the records are on disk.
 */
abstract class JournaledCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    SitrepCommand parent;

    @Option(names = "--incident", required = true, paramLabel = "DIR", description = "Incident folder.")
    Path incident;

    @Option(names = "--at", paramLabel = "TIME",
            description = "When it happened: 14:05, 2:05pm, 2023-06-10 14:05 or an ISO-8601 time with offset;"
                    + " default: now.")
    String at;

    @Option(names = "--author", paramLabel = "NAME", description = "Who writes; default: the author in the settings.")
    String author;

    Clock clock = Clock.systemUTC();

    /** Reads the folder, reporting skipped journal lines on stderr as {@code timeline} does. */
    CommandFolder read() throws IOException {
        CommandFolder folder = CommandFolder.read(incident);
        PrintWriter err = spec.commandLine().getErr();
        for (ReplayWarning w : folder.warnings()) {
            err.println("sitrep: warning: " + w);
        }
        err.flush();
        return folder;
    }

    /** The {@code --at} time in the incident's zone, or now; a bad time is a usage error naming the option. */
    Instant eventTime(CommandFolder folder, Instant now) {
        if (at == null) {
            return now;
        }
        try {
            return QuickEntryParser.parseTime(at, folder.incident().zone().zoneId(), now, null);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--at': "
                    + e.getMessage());
        }
    }

    String who() {
        return author != null && !author.isBlank() ? author.strip() : parent.settingsAuthor();
    }

    void append(CommandFolder folder, String who, List<JournalRecord> records) throws IOException {
        try (IncidentJournal journal = folder.folder().openJournal(who)) {
            for (JournalRecord r : records) {
                journal.append(r);
            }
        }
    }

    String time(CommandFolder folder, Instant t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(folder.incident().zone().zoneId()));
    }

    void println(String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
    }

    /** A value the user typed that is not one of the accepted ones: a usage error, exit 2. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
