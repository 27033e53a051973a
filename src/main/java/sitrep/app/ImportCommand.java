package sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sitrep.domain.TerminalText;
import sitrep.incident.IncidentFolder;
import sitrep.incident.postmortem.PostmortemIncidentWriter;
import sitrep.postmortem.ImportResult;
import sitrep.postmortem.PostmortemImporter;

/** {@code sitrep import}: reads a written postmortem into a new incident folder. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Read a postmortem (plain text, Markdown or HTML in the standard template) into a new incident folder: incident.json from its title, zone and duration, one journal entry per timeline item, and its sections as postmortem records. What had to be guessed and what could not be read is printed on stderr, one line each; unreadable text is kept as the postmortem's Unplaced note. Never writes into a folder that already holds an incident."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported (possibly with guesses)",
            "1:the file cannot be read, or DIR already holds an incident", "2:usage error"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The postmortem to import (UTF-8).")
    private Path file;

    @Option(names = "--incident", required = true, paramLabel = "DIR",
            description = "Incident folder to create; must not hold an incident yet.")
    private Path incident;

    @Option(names = "--author", paramLabel = "NAME",
            description = "Who the journal records are written by; default: the author in the settings.")
    private String author;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(incident.resolve(IncidentFolder.INCIDENT_FILE))) {
            return fail(err, TerminalText.escape(incident.toString()) + " already holds an incident; import into a new folder");
        }
        ImportProgress progress = ImportProgress.forConsole(err);
        String text;
        try {
            if (Files.isRegularFile(file)) {
                progress.reading(file.toString(), Files.size(file));
            }
            text = InputFile.readUtf8(file);
        } catch (IOException e) {
            return fail(err, e.getMessage());
        }
        if (text.isBlank()) {
            return fail(err, "cannot read " + TerminalText.escape(file.toString()) + ": it is empty");
        }

        ImportResult result = new PostmortemImporter().importText(text);
        String who = author != null && !author.isBlank() ? author.strip() : parent.settingsAuthor();
        PostmortemIncidentWriter.Written written;
        try {
            int total = result.document().timeline().size();
            written = IncidentBuiltAside.write(incident, dir -> new PostmortemIncidentWriter(clock)
                    .write(dir, result.document(), who, done -> progress.written(done, total)));
        } catch (FileAlreadyExistsException e) {
            return fail(err, TerminalText.escape(incident.toString()) + " already holds an incident; import into a new folder");
        } catch (DirectoryNotEmptyException e) {
            return fail(err, TerminalText.escape(incident.toString()) + " is not empty; import into a new folder");
        }
        result.report().guesses().forEach(g -> err.println("sitrep: guessed: " + TerminalText.escape(g)));
        written.assumptions().forEach(a -> err.println("sitrep: guessed: " + TerminalText.escape(a)));
        result.report().problems().forEach(p -> err.println("sitrep: could not read: " + TerminalText.escape(p)));
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.println("imported " + TerminalText.escape(file.toString()) + " into "
                + TerminalText.escape(incident.toString()) + ": " + written.entries() + " timeline entries, "
                + written.fields() + " postmortem fields");
        out.flush();
        return 0;
    }

    private static int fail(PrintWriter err, String line) {
        err.println("sitrep: " + line);
        err.flush();
        return 1;
    }
}
