package sitrep.panels.grafana;

/** A panel that did not become a chart, and why in words a Grafana user recognises. */
public record SkippedPanel(String title, String reason) {
}
