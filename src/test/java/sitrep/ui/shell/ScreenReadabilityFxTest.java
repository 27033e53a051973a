package sitrep.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import sitrep.ui.dashboard.ChartView;

/**
 * The console on the built-in drill at its outage, as a new user sees it at four window sizes: no label,
 * button, tab, column header or prompt is cut short, charts keep a readable plot, nothing overlaps, and the
 * now strip says what is broken since when.
 */
class ScreenReadabilityFxTest extends DrillAtOutageFxTest {

    @Test
    void everyWordIsReadableAndNothingOverlapsAtFourSizes() throws Exception {
        openDrillAtOutage();
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{1024, 700}, {1366, 768}, {1920, 1080}, {2560, 1440}}) {
            resize(size[0], size[1]);
            String at = size[0] + "x" + size[1];
            problems.addAll(prefixed(at + " dashboard: ", walkLaidOut()));
            problems.addAll(prefixed(at + " dashboard: ", overlaps()));
            if (size[0] == 1366) {
                for (ChartView chart : charts()) {
                    if (chart.frame().plotHeight() < 140) {
                        problems.add(at + " plot of " + chart.frame().spec().title() + " is "
                                + chart.frame().plotHeight() + " px high");
                    }
                }
            }
            TabPane tabs = lookup("#workTabs").queryAs(TabPane.class);
            for (int i = 0; i < tabs.getTabs().size(); i++) {
                Tab tab = tabs.getTabs().get(i);
                showTab(tab);
                problems.addAll(prefixed(at + " " + tab.getText() + " tab: ", walkLaidOut()));
                problems.addAll(prefixed(at + " " + tab.getText() + " tab: ", controlsOverlapping(tab)));
            }
            interact(() -> lookup("#dashboardArea").query().requestFocus());
            if (SidePanelLayout.narrow(size[0])) {
                // Fold the panel as a user does: the open tab's icon on the rail.
                interact(() -> ((javafx.scene.control.Button) lookup("#sideRail")
                        .queryAs(javafx.scene.layout.VBox.class).getChildren().get(2)).fire());
                waitForFxEvents();
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theNowStripNamesTheDatabaseAlertAndTargetWithItsTrueSince() throws Exception {
        openDrillAtOutage();
        resize(1366, 768);
        String chips = chipText();
        assertThat(chips).contains("DatabaseUnreachable critical since 14:02:00");
        // The database probe failed at 14:01:00, an hour before the drill was started at 15:00.
        assertThat(chips).contains("blackbox-tcp/db.internal:5432: Major outage since 14:01:00");
        assertThat(lookup(".now-strip").query().localToScene(lookup(".now-strip").query().getLayoutBounds())
                .getMinY()).isLessThan(200);
    }

    @Test
    void atTheLaptopSizeTheAlertsKeepFiveRowsAndEveryBrokenComponentShowsWithoutScrolling() throws Exception {
        openDrillAtOutage();
        resize(1366, 768);
        TabPane tabs = lookup("#workTabs").queryAs(TabPane.class);
        showTab(tabs.getTabs().stream().filter(t -> "statusTab".equals(t.getId())).findFirst().orElseThrow());
        interact(() -> {
            stage().getScene().getRoot().applyCss();
            stage().getScene().getRoot().layout();
        });
        javafx.scene.control.TableView<?> alerts = lookup("#alerts").queryAllAs(javafx.scene.control.TableView.class)
                .stream().filter(ScreenReadabilityFxTest::visible).findFirst().orElseThrow();
        javafx.scene.control.ScrollPane scroller = lookup(".status-scroller").queryAllAs(
                javafx.scene.control.ScrollPane.class).stream().filter(sp -> isAncestor(sp, alerts)).findFirst()
                .orElseThrow();
        Bounds view = sceneBounds(scroller);
        Node header = alerts.lookup(".column-header-background");
        Node row = alerts.lookup(".table-row-cell");
        double rows = (alerts.getHeight() - header.getBoundsInLocal().getHeight()) / row.getBoundsInLocal().getHeight();
        assertThat(rows).as("alert rows with room in the table").isGreaterThanOrEqualTo(5);
        assertThat(inside(sceneBounds(alerts), view)).as("the alerts table is in view without scrolling").isTrue();
        List<String> brokenOutOfView = new ArrayList<>();
        int broken = 0;
        for (Node tile : lookup(".component-tile").queryAll()) {
            Label level = (Label) tile.lookup(".tile-level");
            if (tile.getScene() == null || !isAncestor(scroller, tile) || level.getText().equals("Operational")) {
                continue;
            }
            broken++;
            if (!inside(sceneBounds(tile), view)) {
                brokenOutOfView.add(((Label) tile.lookup(".tile-name")).getText() + " (bottom at "
                        + Math.round(sceneBounds(tile).getMaxY()) + ", " + Math.round(sceneBounds(tile).getMinX()) + "-"
                        + Math.round(sceneBounds(tile).getMaxX()) + " wide, view ends at " + Math.round(view.getMaxY()) + ")");
            }
        }
        assertThat(broken).as("broken components in the drill's outage").isGreaterThanOrEqualTo(3);
        assertThat(brokenOutOfView).as("broken components below the fold").isEmpty();
    }

    @Test
    void onANarrowWindowTheNowStripNamesTheWorstBrokenComponentsAndListsTheRestOnHover() throws Exception {
        openDrillAtOutage();
        resize(1024, 700);
        AtomicReference<List<String>> chips = new AtomicReference<>();
        AtomicReference<String> hover = new AtomicReference<>("");
        interact(() -> {
            stage().getScene().getRoot().applyCss();
            stage().getScene().getRoot().layout();
            List<String> shown = new ArrayList<>();
            for (Node chip : lookup(".now-broken").queryAll()) {
                if (visible(chip)) {
                    shown.add(((Label) chip).getText());
                }
            }
            chips.set(shown);
            for (Node more : lookup(".now-more").queryAll()) {
                Label l = (Label) more;
                if (visible(l) && l.getParent() == lookup(".now-broken").query().getParent()) {
                    hover.set(l.getText() + "\n" + l.getTooltip().getText());
                }
            }
        });
        assertThat(chips.get()).hasSize(3).anySatisfy(c -> assertThat(c).contains("db.internal:5432: Major outage"));
        assertThat(hover.get()).startsWith("+").contains(" more\n").contains("Degraded");
        resize(1920, 1080);
        interact(() -> chips.set(lookup(".now-broken").queryAll().stream().filter(ScreenReadabilityFxTest::visible)
                .map(n -> ((Label) n).getText()).toList()));
        assertThat(chips.get()).as("wide: every broken component named").hasSizeGreaterThan(3);
    }

    @Test
    void theRingingCriticalAlertsSummaryShowsWholeOnALargeScreen() throws Exception {
        openDrillAtOutage();
        // At this size the alerts have their own area under the dashboard, not a tab; the summary column takes
        // the table's spare width (on a narrower table a long summary is cut and shown whole on hover).
        resize(2560, 1440);
        AtomicReference<List<String>> summaries = new AtomicReference<>();
        interact(() -> {
            stage().getScene().getRoot().applyCss();
            stage().getScene().getRoot().layout();
            List<String> shown = new ArrayList<>();
            for (Node cell : lookup(".table-row-cell.alert-critical .table-cell").queryAll()) {
                javafx.scene.control.TableCell<?, ?> c = (javafx.scene.control.TableCell<?, ?>) cell;
                if (visible(c) && "Summary".equals(c.getTableColumn().getText()) && c.getText() != null) {
                    Text text = (Text) c.lookup(".text");
                    shown.add(c.getText() + " -> " + text.getText());
                    if (c.getTooltip() == null || !c.getText().equals(c.getTooltip().getText())) {
                        shown.add(c.getText() + " -> no tooltip with the whole summary");
                    }
                }
            }
            summaries.set(shown);
        });
        assertThat(summaries.get()).as("the ringing critical alert's summary, as written -> as shown").isNotEmpty()
                .allSatisfy(s -> assertThat(s.split(" -> ")[1]).isEqualTo(s.split(" -> ")[0]));
    }

    private static boolean inside(Bounds part, Bounds view) {
        return part.getMinY() >= view.getMinY() - 1 && part.getMaxY() <= view.getMaxY() + 1
                && part.getMinX() >= view.getMinX() - 1 && part.getMaxX() <= view.getMaxX() + 1;
    }

    /** Walks the window on the FX thread right after a layout pass, so no skin lags behind its control. */
    private List<String> walkLaidOut() {
        AtomicReference<List<String>> out = new AtomicReference<>();
        interact(() -> {
            stage().getScene().getRoot().applyCss();
            stage().getScene().getRoot().layout();
            out.set(cutOrUnexplained(stage().getScene().getRoot()));
        });
        return out.get();
    }

    private void showTab(Tab tab) {
        KeyCode digit = switch (tab.getId()) {
            case "statusTab" -> KeyCode.DIGIT2;
            case "timelineTab" -> KeyCode.DIGIT3;
            default -> KeyCode.DIGIT4;
        };
        interact(() -> lookup("#dashboardArea").query().requestFocus());
        push(KeyCode.CONTROL, digit);
        waitForFxEvents();
        sleep(300);
        waitForFxEvents();
    }

    private static List<String> prefixed(String prefix, List<String> lines) {
        return lines.stream().map(l -> prefix + l).toList();
    }

    /** Labels whose shown text is not their whole text, icons without words on hover, prompts cut off. */
    static List<String> cutOrUnexplained(Parent root) {
        List<String> problems = new ArrayList<>();
        walk(root, n -> {
            if (!visible(n)) {
                return;
            }
            if (n instanceof Labeled l && (!(n instanceof IndexedCell) || n.getParent() instanceof ComboBoxBase)) {
                String want = l.getText() == null ? "" : l.isMnemonicParsing() ? l.getText().replaceFirst("_", "")
                        : l.getText();
                if (want.isEmpty()) {
                    return;
                }
                if (l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
                    if (l.getTooltip() == null || l.getTooltip().getText().isEmpty()) {
                        problems.add("icon without words on hover: " + want);
                    }
                    return;
                }
                for (Node child : l.getChildrenUnmodifiable()) {
                    // The skin's own text node (an icon beside the words is a Text too, and says nothing here).
                    if (child instanceof Text shown && child.getClass().getSimpleName().equals("LabeledText")
                            && !shown.getText().equals(want)) {
                        problems.add("'" + want + "' shows as '" + shown.getText() + "' (" + Math.round(l.getWidth())
                                + "x" + Math.round(l.getHeight()) + " px)");
                    }
                }
            }
            if (n instanceof TextField f && f.getText().isEmpty() && f.getPromptText() != null
                    && !f.getPromptText().isEmpty()) {
                double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
                walk(f, c -> {
                    if (c instanceof Text t && t.getText().equals(f.getPromptText())
                            && t.getLayoutBounds().getWidth() > room + 1) {
                        problems.add("prompt '" + f.getPromptText() + "' cut off (" + Math.round(room) + " px for "
                                + Math.round(t.getLayoutBounds().getWidth()) + ")");
                    }
                });
            }
        });
        return problems;
    }

    /** Panel titles, charts and the connectivity bands: none may cover another. */
    private List<String> overlaps() {
        List<Node> parts = new ArrayList<>();
        parts.addAll(lookup(".panel-title").queryAll());
        parts.addAll(charts());
        parts.addAll(lookup(".section-title").queryAll());
        parts.addAll(lookup("#connectivityScroller").queryAll());
        parts.addAll(lookup(".now-strip").queryAll());
        parts.removeIf(n -> !visible(n));
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                Bounds a = sceneBounds(parts.get(i));
                Bounds b = sceneBounds(parts.get(j));
                if (isAncestor(parts.get(i), parts.get(j)) || isAncestor(parts.get(j), parts.get(i))) {
                    continue;
                }
                double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                if (w > 1 && h > 1) {
                    problems.add(name(parts.get(i)) + " overlaps " + name(parts.get(j)));
                }
            }
        }
        return problems;
    }

    /**
     * In a side tab, the buttons, fields, section titles and warning boxes as far as they show (clipped by the scroll
     * panes that hold them): none may lie over another.
     */
    private List<String> controlsOverlapping(Tab tab) {
        AtomicReference<List<String>> out = new AtomicReference<>();
        interact(() -> {
            List<Node> parts = new ArrayList<>();
            walk(tab.getContent(), n -> {
                if (visible(n) && (n instanceof javafx.scene.control.ButtonBase
                        || n instanceof javafx.scene.control.TextInputControl
                        || n.getStyleClass().contains("section-title")
                        || n.getStyleClass().contains("postmortem-warnings"))) {
                    parts.add(n);
                }
            });
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                for (int j = i + 1; j < parts.size(); j++) {
                    Node a = parts.get(i);
                    Node b = parts.get(j);
                    if (isAncestor(a, b) || isAncestor(b, a)) {
                        continue;
                    }
                    Bounds x = shownBounds(a);
                    Bounds y = shownBounds(b);
                    if (x == null || y == null) {
                        continue;
                    }
                    double w = Math.min(x.getMaxX(), y.getMaxX()) - Math.max(x.getMinX(), y.getMinX());
                    double h = Math.min(x.getMaxY(), y.getMaxY()) - Math.max(x.getMinY(), y.getMinY());
                    if (w > 1 && h > 1) {
                        problems.add(name(a) + " overlaps " + name(b));
                    }
                }
            }
            out.set(problems);
        });
        return out.get();
    }

    /** A node's bounds in the scene as far as its parents' clips (a scroll pane's viewport) let it show; null if none. */
    private static Bounds shownBounds(Node n) {
        Bounds b = sceneBounds(n);
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getClip() != null) {
                Bounds c = p.localToScene(p.getClip().getBoundsInParent());
                double minX = Math.max(b.getMinX(), c.getMinX());
                double minY = Math.max(b.getMinY(), c.getMinY());
                double maxX = Math.min(b.getMaxX(), c.getMaxX());
                double maxY = Math.min(b.getMaxY(), c.getMaxY());
                if (maxX <= minX || maxY <= minY) {
                    return null;
                }
                b = new javafx.geometry.BoundingBox(minX, minY, maxX - minX, maxY - minY);
            }
        }
        return b;
    }

    private static String name(Node n) {
        if (n instanceof Labeled l) {
            return "'" + l.getText() + "'";
        }
        if (n instanceof ChartView c && c.frame() != null) {
            return "chart " + c.frame().spec().title();
        }
        return n.getStyleClass().toString();
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private static boolean isAncestor(Node maybeParent, Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p == maybeParent) {
                return true;
            }
        }
        return false;
    }

    /** Shown: it and every parent visible, with a size, and inside the window. */
    static boolean visible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        if (n.getScene() == null) {
            return false;
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        return b.getWidth() > 0 && b.getHeight() > 0 && b.getMinX() < n.getScene().getWidth()
                && b.getMinY() < n.getScene().getHeight() && b.getMaxX() > 0 && b.getMaxY() > 0;
    }

    private static void walk(Node n, Consumer<Node> visit) {
        visit.accept(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, visit);
            }
        }
    }
}
