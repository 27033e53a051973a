package sitrep.panels.grafana;

import java.util.List;

/** What a Grafana dashboard holds that Sitrep can use, and what it could not, panel by panel. */
public record ImportedDashboard(String title, String uid, List<ImportedPanel> panels, List<SkippedPanel> skipped,
                                List<DashboardVariable> variables) {

    public ImportedDashboard {
        title = title == null || title.isBlank() ? "Grafana dashboard" : title;
        uid = uid == null ? "" : uid;
        panels = List.copyOf(panels);
        skipped = List.copyOf(skipped);
        variables = List.copyOf(variables);
    }
}
