package sitrep.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sitrep.domain.SecretMask;
import sitrep.incident.sync.StorePassword;
import sitrep.domain.SourceUrl;
import sitrep.domain.TerminalText;

/**
 * The one command line for the console and its subcommands. Without a subcommand it opens the window;
 * subcommands run without starting JavaFX. Exit codes: 0 ok, 1 failure, 2 usage error.
 */
@Command(name = "sitrep",
        mixinStandardHelpOptions = true,
        versionProvider = SitrepCommand.VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Incident war-room console: live Prometheus charts, component status and alerts, a journaled incident timeline and the postmortem.",
            "",
            "Without a subcommand, opens the console window. Flags override the saved settings for this run only."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:failure", "2:usage error (the usage is printed)"},
        subcommands = {CheckCommand.class, NoteCommand.class, TimelineCommand.class, ImportCommand.class,
            ExportCommand.class, StatusCommand.class, SeverityCommand.class, RoleCommand.class,
            UpdateCommand.class, FollowupsCommand.class, PanelsCommand.class, IncidentsCommand.class, JoinCommand.class,
            SyncCommand.class})
public final class SitrepCommand implements Callable<Integer> {

    private static final System.Logger LOG = System.getLogger(SitrepCommand.class.getName());

    @Mixin
    private SourceFlags sources = new SourceFlags();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--incident", paramLabel = "DIR", description = "Incident folder to open or create.")
    private Path incident;

    @Option(names = "--drill", paramLabel = "FILE", arity = "0..1",
            fallbackValue = LaunchOptions.BUILT_IN_DRILL,
            description = "Play a drill: the built-in one, or a scenario or recording FILE.")
    private String drill;

    @Option(names = "--drill-from", paramLabel = "TIME",
            description = "Start the drill at this scenario time (HH:mm in the scenario's zone), e.g. 15:30 to practise the escalation.")
    private String drillFrom;

    @Option(names = "--no-drill",
            description = "With no source configured, start an empty console instead of the built-in drill.")
    private boolean noDrill;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file to use instead of $XDG_CONFIG_HOME/sitrep/settings.json.")
    private Path config;

    private final GuiLauncher gui;

    public SitrepCommand(GuiLauncher gui) {
        this.gui = gui;
    }

    /** A ready command line: usage errors print the usage and exit 2, failures print one line and exit 1. */
    public static CommandLine commandLine(GuiLauncher gui) {
        CommandLine cl = new CommandLine(new SitrepCommand(gui));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine bad = ex.getCommandLine();
            PrintWriter err = bad.getErr();
            err.println("sitrep: " + TerminalText.escape(SecretMask.mask(ex.getMessage())));
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println();
            bad.usage(err);
            err.flush();
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            LOG.log(System.Logger.Level.DEBUG, "command failed", ex);
            err.println("sitrep: " + UserMessages.of(ex));
            err.flush();
            return CommandLine.ExitCode.SOFTWARE;
        });
        cl.setExecutionStrategy(parseResult -> {
            // Every command prints through the secret masker: the one output boundary of the command line.
            cl.setOut(new PrintWriter(new SecretMaskingWriter(cl.getOut()), true));
            cl.setErr(new PrintWriter(new SecretMaskingWriter(cl.getErr()), true));
            if (parseResult.hasSubcommand()) {
                // The masker learns the saved secrets before any subcommand prints or journals a line, whether or
                // not that command reads the settings itself (a note quoting a saved token is journaled masked).
                SettingsStore.readOnlyOrDefault(settingsFile(parseResult)).rememberSecrets();
                // The team store's passwords as libpq finds them in the environment (PGPASSWORD, ~/.pgpass).
                StorePassword.every(System.getenv()).forEach(SecretMask::remember);
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        return cl;
    }

    /** The settings file in effect: a subcommand's own {@code --config}, else the top level's; null for the default. */
    private static Path settingsFile(CommandLine.ParseResult parsed) {
        Path file = null;
        for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--config")) {
                file = level.matchedOptionValue("--config", file);
            }
        }
        return file;
    }

    LaunchOptions options() {
        SourceFlags.Parsed parsed = sources.parse();
        if (!parsed.problems().isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.join("; ", parsed.problems()));
        }
        return new LaunchOptions(Optional.ofNullable(parsed.prometheus()), Optional.ofNullable(parsed.alertmanager()),
                parsed.statusPages(), Optional.ofNullable(incident), Optional.ofNullable(drill),
                Optional.ofNullable(config), noDrill, Optional.ofNullable(drillFrom));
    }

    /** The author stamped on notes written from the command line: the saved one, or the OS user name. */
    String settingsAuthor() {
        return settings().author();
    }

    /** The saved settings (for commands that read more than the author), read only: never moved aside here. */
    Settings settings() {
        return SettingsStore.readOnlyOrDefault(config).load().settings();
    }

    @Override
    public Integer call() {
        return gui.launch(options());
    }

    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sitrep " + Version.current()};
        }
    }
}
