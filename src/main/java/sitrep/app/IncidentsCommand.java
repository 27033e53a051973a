package sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
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
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import sitrep.domain.TerminalText;
import sitrep.domain.TimeFormats;
import sitrep.incident.sync.StoreAccess;
import sitrep.incident.sync.StoreException;
import sitrep.incident.sync.TeamStore;
import sitrep.json.SharedGson;

/** {@code sitrep incidents}: what the team store holds, most recently active first. */
@Command(name = "incidents", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List the incidents shared through the team store: id, title, severity, status and last activity."})
final class IncidentsCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = TimeFormats.DATE_TIME;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private SitrepCommand parent;

    @Mixin
    private StoreFlag store = new StoreFlag();

    @Option(names = "--json", description = "A JSON list of {id, title, status, severity, last_activity} (ISO-8601, UTC).")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        StoreAccess access = store.resolve(spec, parent.settings(), null);
        List<TeamStore.StoredIncident> incidents;
        try (TeamStore s = access.connect()) {
            incidents = s.incidents();
        } catch (StoreException e) {
            spec.commandLine().getErr().println("sitrep: " + StoreFlag.failure(access, e));
            spec.commandLine().getErr().flush();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, String>> list = new ArrayList<>();
            for (TeamStore.StoredIncident i : incidents) {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("id", i.id());
                m.put("title", i.title());
                m.put("status", i.status());
                m.put("severity", i.severity());
                m.put("last_activity", i.lastActivity().toString());
                list.add(m);
            }
            out.println(SharedGson.PRETTY_WITH_NULLS.toJson(list));
        } else if (incidents.isEmpty()) {
            out.println("no incidents in " + access);
        } else {
            out.printf("%-36s  %-8s  %-10s  %-19s  %s%n", "ID", "SEVERITY", "STATUS", "LAST ACTIVITY", "TITLE");
            for (TeamStore.StoredIncident i : incidents) {
                out.printf("%-36s  %-8s  %-10s  %-19s  %s%n", i.id(), blank(i.severity()), i.status() == null
                        ? "unknown" : i.status(), WHEN.format(i.lastActivity().atZone(ZoneId.systemDefault())), TerminalText.escape(i.title()));
            }
        }
        out.flush();
        return 0;
    }

    private static String blank(String s) {
        return s == null ? "-" : s;
    }
}
