package sitrep.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep panels}: dashboards in and out of Sitrep's panel sets. */
@Command(name = "panels",
        mixinStandardHelpOptions = true,
        versionProvider = SitrepCommand.VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {"Import a Grafana dashboard as a panel set, or export a panel set as a Grafana dashboard."},
        subcommands = {PanelsImportCommand.class, PanelsExportCommand.class})
public final class PanelsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: import or export");
    }
}
