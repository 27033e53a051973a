package sitrep.ui.drill;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import sitrep.ui.common.IconFallback;
import sitrep.ui.common.ViewLoader;

/** The DRILL banner: what is playing, its controls, and the latest inject for the trainees. */
public final class DrillBannerView {

    @FXML private VBox root;
    @FXML private Label status;
    @FXML private Button pause;
    @FXML private ComboBox<Double> speed;
    @FXML private Slider seek;
    @FXML private Button connect;
    @FXML private Label inject;

    private final DrillBannerViewModel vm;
    private final Runnable onConnect;
    private boolean updatingSeek;

    private DrillBannerView(DrillBannerViewModel vm, Runnable onConnect) {
        this.vm = vm;
        this.onConnect = onConnect;
    }

    public static DrillBannerView load(DrillBannerViewModel vm, Runnable onConnect) {
        DrillBannerView view = new DrillBannerView(vm, onConnect);
        ViewLoader.load("/sitrep/ui/drill/DrillBanner.fxml", view);
        return view;
    }

    public VBox root() {
        return root;
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(vm.statusProperty());
        inject.textProperty().bind(vm.latestInjectProperty().map(s -> s.isEmpty() ? "" : "Inject: " + s));
        inject.visibleProperty().bind(vm.latestInjectProperty().isNotEmpty());
        inject.managedProperty().bind(inject.visibleProperty());
        Tooltip history = new Tooltip();
        inject.setTooltip(history);
        vm.injectHistory().addListener((ListChangeListener<String>) c ->
                history.setText(String.join("\n", vm.injectHistory())));
        pause.textProperty().bind(vm.pausedProperty().map(p -> p ? "Resume drill" : "Pause drill"));
        pause.setOnAction(e -> vm.togglePause());
        speed.getItems().setAll(1.0, 5.0, 15.0, 30.0, vm.speed(), 60.0);
        speed.getItems().sort(Double::compare);
        speed.getItems().setAll(speed.getItems().stream().distinct().toList());
        speed.setValue(vm.speed());
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : String.format(Locale.ROOT, "%.0fx", d);
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.replace("x", ""));
            }
        });
        speed.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.setSpeed(now);
            }
        });
        updatingSeek = true;
        seek.setValue(vm.progressProperty().get());
        updatingSeek = false;
        vm.progressProperty().addListener((o, was, now) -> {
            if (!seek.isValueChanging()) {
                updatingSeek = true;
                seek.setValue(now.doubleValue());
                updatingSeek = false;
            }
        });
        seek.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                vm.seek(seek.getValue());
            }
        });
        seek.valueProperty().addListener((o, was, now) -> {
            if (!updatingSeek && !seek.isValueChanging()) {
                vm.seek(now.doubleValue());
            }
        });
        connect.setOnAction(e -> onConnect.run());
        // The banner's controls are for the mouse: keyboard focus never lands here, so an Enter meant for the
        // timeline can never resume or pause the drill.
        for (Control c : new Control[] {pause, speed, seek, connect}) {
            c.setFocusTraversable(false);
        }
        // Words while the banner is wide, icons (words and shortcut on hover) when it is not.
        IconFallback.apply(pause, "mdi2p-pause", "", root.widthProperty(), 1500);
        vm.pausedProperty().addListener((o, was, p) -> ((org.kordamp.ikonli.javafx.FontIcon) pause.getGraphic())
                .setIconLiteral(p ? "mdi2p-play" : "mdi2p-pause"));
        IconFallback.apply(connect, "mdi2s-server-network", "Ctrl+,", root.widthProperty(), 1500);
    }
}
