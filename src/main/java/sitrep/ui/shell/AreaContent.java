package sitrep.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** What the window's areas show: live content in place of their hint, or "Opening …" while an incident is read. */
final class AreaContent {

    private static final String LIVE_CONTENT = "sitrep.liveContent";

    private AreaContent() {
    }

    /** Puts live content into an area in place of its hint; null puts the hint (and the area's title) back. */
    static void set(VBox area, Label hint, Node content) {
        area.getChildren().removeIf(n -> n.getProperties().containsKey(LIVE_CONTENT));
        // Live content brings its own headings; the area's title is for the empty state, and its room is the data's.
        area.getChildren().stream().filter(n -> n.getStyleClass().contains("area-title")).forEach(n -> {
            n.setVisible(content == null);
            n.setManaged(content == null);
        });
        if (content != null) {
            content.getProperties().put(LIVE_CONTENT, Boolean.TRUE);
            VBox.setVgrow(content, Priority.ALWAYS);
            area.getChildren().add(content);
        }
        hint.setVisible(content == null);
        hint.setManaged(content == null);
    }

    /** The timeline tab's "Opening …" while an incident is read in the background. */
    static Node opening(String text) {
        Label title = new Label("Incident timeline");
        title.getStyleClass().add("area-title");
        Label what = new Label(text);
        what.setId("incidentOpening");
        what.getStyleClass().add("placeholder");
        what.setWrapText(true);
        VBox opening = new VBox(title, what);
        opening.getStyleClass().add("area");
        return opening;
    }
}
