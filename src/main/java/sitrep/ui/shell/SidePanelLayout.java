package sitrep.ui.shell;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import sitrep.ui.common.IconFallback;

/**
 * Below {@link #NARROW_BELOW} pixels the dashboard keeps the window's width: components and alerts join the
 * timeline and postmortem as tabs of a side panel that collapses to a rail of icons (each with its words and
 * shortcut on hover). From that width up, the three areas sit side by side as before. The split positions
 * stay the user's: a dragged divider is what comes back.
 */
final class SidePanelLayout {

    static final double NARROW_BELOW = 1400;
    /** The side panel's divider at or beyond this is collapsed. */
    static final double COLLAPSED_FROM = 0.97;

    static boolean narrow(double width) {
        return width > 0 && width < NARROW_BELOW;
    }

    private final BorderPane root;
    private final SplitPane mainSplit;
    private final SplitPane leftSplit;
    private final Region statusArea;
    private final TabPane workTabs;
    private final Tab statusTab = new Tab("Status");
    private final VBox rail = new VBox();
    private boolean narrow;
    /** Folded by the user or by default on a narrow window; kept folded whatever the window's size does. */
    private boolean collapsed;
    /** Open on a narrow window, the panel takes most of it: it is what the user asked to see. */
    private double openAt = 0.4;
    private double leftDivider = 0.68;

    SidePanelLayout(BorderPane root, SplitPane mainSplit, SplitPane leftSplit, Region statusArea, TabPane workTabs,
                    Tab timelineTab, Tab postmortemTab) {
        this.root = root;
        this.mainSplit = mainSplit;
        this.leftSplit = leftSplit;
        this.statusArea = statusArea;
        this.workTabs = workTabs;
        statusTab.setId("statusTab");
        statusTab.setClosable(false);
        rail.getStyleClass().add("side-rail");
        rail.setId("sideRail");
        rail.getChildren().addAll(railButton("Components and alerts", "mdi2a-alert-circle", "Ctrl+2", statusTab),
                railButton("Timeline", "mdi2t-timeline-text", "Ctrl+3", timelineTab),
                railButton("Postmortem", "mdi2f-file-document-edit", "Ctrl+4", postmortemTab));
        root.widthProperty().addListener((o, was, now) -> apply(narrow(now.doubleValue())));
        // Folded away, the panel is hidden too: nothing in it can hold the focus or take a key out of sight.
        mainSplit.getDividers().get(0).positionProperty().addListener((o, was, now) -> workTabs.setVisible(isOpen()));
        // A resize may move the divider off the edge; a folded panel stays folded.
        mainSplit.widthProperty().addListener((o, was, now) -> Platform.runLater(() -> {
            if (narrow && collapsed) {
                mainSplit.setDividerPositions(1.0);
            }
        }));
    }

    private Button railButton(String words, String icon, String shortcut, Tab tab) {
        Button b = new Button(words);
        IconFallback.decorate(b, icon, shortcut);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.setFocusTraversable(false);
        b.setOnAction(e -> {
            if (isOpen() && workTabs.getSelectionModel().getSelectedItem() == tab) {
                collapse();
            } else {
                show(tab);
            }
        });
        return b;
    }

    private void apply(boolean toNarrow) {
        if (toNarrow == narrow) {
            return;
        }
        narrow = toNarrow;
        Tab selected = workTabs.getSelectionModel().getSelectedItem();
        if (toNarrow) {
            if (leftSplit.getDividerPositions().length > 0) {
                leftDivider = leftSplit.getDividerPositions()[0];
            }
            leftSplit.getItems().remove(statusArea);
            statusTab.setContent(statusArea);
            workTabs.getTabs().add(0, statusTab);
            workTabs.setMinWidth(0);
            root.setRight(rail);
        } else {
            workTabs.getTabs().remove(statusTab);
            statusTab.setContent(null);
            leftSplit.getItems().add(statusArea);
            leftSplit.setDividerPositions(leftDivider);
            workTabs.setMinWidth(380);
            root.setRight(null);
            open();
        }
        if (selected != null && workTabs.getTabs().contains(selected)) {
            workTabs.getSelectionModel().select(selected);
        }
    }

    boolean isOpen() {
        return !narrow || !collapsed;
    }

    void open() {
        collapsed = false;
        if (mainSplit.getDividerPositions()[0] >= COLLAPSED_FROM) {
            mainSplit.setDividerPositions(openAt);
        }
        workTabs.setVisible(true);
    }

    /** Folds the side panel away (narrow windows only); the focus leaves it, so no key lands out of sight. */
    void collapse() {
        if (!narrow) {
            return;
        }
        double at = mainSplit.getDividerPositions()[0];
        if (at < COLLAPSED_FROM) {
            openAt = at;
        }
        collapsed = true;
        mainSplit.setDividerPositions(1.0);
        workTabs.setVisible(false);
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (focused != null && isInside(focused, workTabs)) {
            mainSplit.getItems().get(0).requestFocus();
        }
    }

    /** Selects the tab and opens the panel; Ctrl+2 on a wide window focuses the status area instead. */
    void show(Tab tab) {
        if (tab == statusTab && !narrow) {
            statusArea.requestFocus();
            return;
        }
        workTabs.getSelectionModel().select(tab);
        open();
    }

    Tab statusTab() {
        return statusTab;
    }

    /** The left divider to remember: the last one the user had while the status area sat there. */
    double leftDivider() {
        return narrow || leftSplit.getDividerPositions().length == 0 ? leftDivider
                : leftSplit.getDividerPositions()[0];
    }

    private static boolean isInside(Node node, Parent parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }
}
