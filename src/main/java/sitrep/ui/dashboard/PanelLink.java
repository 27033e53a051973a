package sitrep.ui.dashboard;

/** An entry of a panel's menu that opens a page elsewhere: the query in Prometheus, the panel in Grafana. */
public record PanelLink(String label, String url) {
}
