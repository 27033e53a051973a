package sitrep.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import sitrep.incident.command.CommandPolicy;
import sitrep.panels.grafana.PanelSet;
import sitrep.ui.dashboard.DefaultPanels;
import sitrep.panels.PanelDefinition;

/**
 * What the user chose, persisted as JSON by {@link SettingsStore}. Fields keep their defaults when the
 * file leaves them out, so an older or hand-trimmed file still loads.
 */
public final class Settings {

    public enum Theme { DARK, LIGHT }

    /** Where the main window was and how its split panes were divided. */
    public record WindowState(double x, double y, double width, double height, boolean maximized,
                              double mainDivider, double leftDivider) {
    }

    private Theme theme = Theme.DARK;
    private String prometheusUrl;
    private String alertmanagerUrl;
    private List<String> statusUrls = new ArrayList<>();
    private String author;
    private WindowState window;
    private List<String> recentIncidents = new ArrayList<>();
    private List<PanelDefinition> panels;
    private String latencyHistogram;
    private String requestCounter;
    private Integer evidenceCapMiB;
    private Map<String, SourceOptions> sourceOptions;
    private TeamStoreSettings teamStore;
    private List<PanelSet> panelSets;
    private String activePanelSet;
    /** "SEV1" to its one-line definition; levels left out keep the defaults. */
    private Map<String, String> severityDefinitions;
    /** "SEV1" to minutes between stakeholder updates; 0 turns the reminder off for that level. */
    private Map<String, Integer> updateCadenceMinutes;

    /** Severity definitions and update cadence: the defaults with what the settings file says laid over them. */
    public CommandPolicy commandPolicy() {
        return CommandPolicy.of(severityDefinitions, updateCadenceMinutes);
    }

    public Theme theme() {
        return theme == null ? Theme.DARK : theme;
    }

    public void setTheme(Theme theme) {
        this.theme = Objects.requireNonNull(theme);
    }

    public String prometheusUrl() {
        return prometheusUrl;
    }

    public void setPrometheusUrl(String prometheusUrl) {
        this.prometheusUrl = blankToNull(prometheusUrl);
    }

    public String alertmanagerUrl() {
        return alertmanagerUrl;
    }

    public void setAlertmanagerUrl(String alertmanagerUrl) {
        this.alertmanagerUrl = blankToNull(alertmanagerUrl);
    }

    public List<String> statusUrls() {
        return statusUrls == null ? List.of() : List.copyOf(statusUrls);
    }

    public void setStatusUrls(List<String> statusUrls) {
        this.statusUrls = new ArrayList<>(statusUrls);
    }

    /** The name stamped on timeline notes; the OS user name when none is set. */
    public String author() {
        return author == null || author.isBlank() ? System.getProperty("user.name", "responder") : author;
    }

    public void setAuthor(String author) {
        this.author = blankToNull(author);
    }

    public WindowState window() {
        return window;
    }

    public void setWindow(WindowState window) {
        this.window = window;
    }

    /** Incident folders opened lately, newest first. */
    public List<String> recentIncidents() {
        return recentIncidents == null ? List.of() : List.copyOf(recentIncidents);
    }

    public void setRecentIncidents(List<String> folders) {
        this.recentIncidents = new ArrayList<>(folders);
    }

    /** The dashboard's panels; the defaults (for the configured metric names) until the user edits them. */
    public List<PanelDefinition> panels() {
        return panels == null || panels.isEmpty() ? defaultPanels() : List.copyOf(panels);
    }

    public void setPanels(List<PanelDefinition> edited) {
        this.panels = new ArrayList<>(edited);
    }

    public List<PanelDefinition> defaultPanels() {
        return DefaultPanels.forMetrics(
                latencyHistogram == null ? DefaultPanels.DEFAULT_HISTOGRAM : latencyHistogram,
                requestCounter == null ? DefaultPanels.DEFAULT_COUNTER : requestCounter);
    }

    /** How much evidence an incident folder may hold, in MiB; recording stops (never deletes) at the cap. */
    public int evidenceCapMiB() {
        return evidenceCapMiB == null || evidenceCapMiB <= 0 ? DEFAULT_EVIDENCE_CAP_MIB : evidenceCapMiB;
    }

    public void setEvidenceCapMiB(int mib) {
        this.evidenceCapMiB = mib;
    }

    public long evidenceCapBytes() {
        return evidenceCapMiB() * 1024L * 1024L;
    }

    public static final int DEFAULT_EVIDENCE_CAP_MIB = 256;

    /** Per source URL: credentials, headers, CA file, TLS and gzip choices, poll interval. */
    public Map<String, SourceOptions> sourceOptions() {
        return sourceOptions == null ? Map.of() : Map.copyOf(sourceOptions);
    }

    public void setSourceOptions(Map<String, SourceOptions> options) {
        this.sourceOptions = new LinkedHashMap<>(options);
    }

    /** The team store incidents are shared through; never null (empty when none is set). */
    public TeamStoreSettings teamStore() {
        return teamStore == null ? TeamStoreSettings.NONE : teamStore;
    }

    public void setTeamStore(TeamStoreSettings store) {
        this.teamStore = store;
    }

    /** Imported dashboards, each a named panel set beside the default one. */
    public List<PanelSet> panelSets() {
        return panelSets == null ? List.of() : panelSets.stream().filter(Objects::nonNull).toList();
    }

    /**
     * The name an imported dashboard's panel set gets: its title, unless a set of that name holds another dashboard
     * (another uid, as two teams' "Overview"), which it would silently replace; then "Overview (2)", "(3)" ... The
     * same dashboard imported again keeps its name and replaces its earlier import.
     */
    public String nameForImport(String title, String uid) {
        String name = title;
        for (int n = 2; ; n++) {
            String candidate = name;
            Optional<PanelSet> same = panelSets().stream().filter(s -> s.name().equals(candidate)).findFirst();
            if (same.isEmpty() || (!uid.isEmpty() && uid.equals(same.get().dashboard().uid()))) {
                return candidate;
            }
            name = title + " (" + n + ")";
        }
    }

    /** Whether a panel set of this name exists (an import under it replaces it). */
    public boolean hasPanelSet(String name) {
        return panelSets().stream().anyMatch(s -> s.name().equals(name));
    }

    /** Adds a panel set, replacing one of the same name. */
    public void putPanelSet(PanelSet set) {
        List<PanelSet> next = new ArrayList<>(panelSets());
        next.removeIf(s -> s.name().equals(set.name()));
        next.add(set);
        this.panelSets = next;
    }

    /** The panel set the dashboard shows; null for the default set. */
    public String activePanelSet() {
        return activePanelSet != null && panelSets().stream().anyMatch(s -> s.name().equals(activePanelSet))
                ? activePanelSet : null;
    }

    public void setActivePanelSet(String name) {
        this.activePanelSet = blankToNull(name);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
