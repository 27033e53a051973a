package sitrep.ui.status;

import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import sitrep.ui.common.LevelStyle;
import sitrep.ui.common.ViewLoader;

/** The "now" strip: binds {@link NowStripViewModel} to a title line and two rows of chips. */
public final class NowStripView {

    @FXML private VBox root;
    @FXML private Label clock;
    @FXML private HBox commandSlot;
    @FXML private Label sources;
    @FXML private FlowPane ringingPane;
    @FXML private Label ringingTitle;
    @FXML private FlowPane brokenPane;
    @FXML private Label brokenTitle;

    private final ObservableStringValue clockText;
    private NowStripViewModel vm;
    private final Label more = new Label();
    private final Tooltip moreList = new Tooltip();
    /** The broken components past the first few on a narrow window; made when first needed (not at start-up). */
    private Label moreBroken;
    private boolean narrow;

    /**
     * Narrower than this, the broken components past the first {@link #NAMED_BROKEN_NARROW} (the worst come first)
     * are one "+N more" chip that lists them on hover: at 1024x700 in an outage, six chips took three rows and left
     * the charts under 100 px of plot.
     */
    static final double NARROW = 1200;
    static final int NAMED_BROKEN_NARROW = 3;

    private NowStripView(ObservableStringValue clockText) {
        this.clockText = clockText;
    }

    /** @param clockText the incident's title and clock, as the shell words them */
    public static NowStripView load(ObservableStringValue clockText) {
        NowStripView view = new NowStripView(clockText);
        ViewLoader.load("/sitrep/ui/status/NowStrip.fxml", view);
        return view;
    }

    @FXML
    private void initialize() {
        clock.textProperty().bind(clockText);
        more.getStyleClass().addAll("now-chip", "now-more");
        more.setTooltip(moreList);
        root.widthProperty().addListener((o, was, now) -> {
            boolean n = now.doubleValue() > 0 && now.doubleValue() < NARROW;
            if (n != narrow) {
                narrow = n;
                if (vm != null) {
                    showBroken();
                }
            }
        });
        show(null);
    }

    public VBox root() {
        return root;
    }

    /**
     * Where the incident's status, severity and commander are shown: empty until a control is put in it.
     * Kept in the strip's first line, beside the clock.
     */
    public HBox commandSlot() {
        return commandSlot;
    }

    /** Shows what the board knows, or (null) that no source is connected. */
    public void show(NowStripViewModel next) {
        vm = next;
        sources.textProperty().unbind();
        ringingTitle.textProperty().unbind();
        brokenTitle.textProperty().unbind();
        ringingPane.setVisible(next != null);
        ringingPane.setManaged(next != null);
        brokenPane.setVisible(next != null);
        brokenPane.setManaged(next != null);
        if (next == null) {
            sources.setText("No source connected");
            return;
        }
        sources.textProperty().bind(next.sourcesProperty());
        ringingTitle.textProperty().bind(next.ringingTitleProperty());
        brokenTitle.textProperty().bind(next.brokenTitleProperty());
        more.textProperty().bind(next.moreRingingProperty());
        moreList.textProperty().bind(next.moreRingingListProperty());
        next.ringing().addListener((ListChangeListener<NowStripViewModel.Ringing>) c -> showRinging());
        next.moreRingingProperty().addListener((o, was, now) -> showRinging());
        next.broken().addListener((ListChangeListener<NowStripViewModel.Broken>) c -> showBroken());
        showRinging();
        showBroken();
    }

    private void showRinging() {
        ringingPane.getChildren().setAll(ringingTitle);
        for (NowStripViewModel.Ringing r : vm.ringing()) {
            Label chip = chip(r.text());
            chip.getStyleClass().add(r.critical() ? "now-critical" : "now-warning");
            ringingPane.getChildren().add(chip);
        }
        if (!more.getText().isEmpty()) {
            ringingPane.getChildren().add(more);
        }
    }

    private void showBroken() {
        brokenPane.getChildren().setAll(brokenTitle);
        List<NowStripViewModel.Broken> all = vm.broken();
        // Never "+1 more" in place of a single chip.
        int shown = narrow && all.size() > NAMED_BROKEN_NARROW + 1 ? NAMED_BROKEN_NARROW : all.size();
        for (NowStripViewModel.Broken b : all.subList(0, shown)) {
            Label chip = chip(b.name() + ": " + b.text());
            chip.getStyleClass().add("now-broken");
            LevelStyle.apply(chip, b.level());
            brokenPane.getChildren().add(chip);
        }
        if (shown < all.size()) {
            if (moreBroken == null) {
                moreBroken = new Label();
                moreBroken.getStyleClass().addAll("now-chip", "now-more");
                moreBroken.setTooltip(new Tooltip());
            }
            List<String> rest = all.subList(shown, all.size()).stream().map(b -> b.name() + ": " + b.text()).toList();
            moreBroken.setText("+" + rest.size() + " more");
            moreBroken.getTooltip().setText(String.join("\n", rest));
            brokenPane.getChildren().add(moreBroken);
        }
    }

    /** A chip wraps rather than cut its words when the window is narrower than it. */
    private Label chip(String text) {
        Label chip = new Label(text);
        chip.getStyleClass().add("now-chip");
        chip.setWrapText(true);
        chip.maxWidthProperty().bind(root.widthProperty().subtract(24));
        return chip;
    }
}
