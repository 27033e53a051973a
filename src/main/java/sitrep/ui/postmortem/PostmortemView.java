package sitrep.ui.postmortem;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import sitrep.incident.postmortem.PostmortemField;
import sitrep.ui.common.ViewLoader;

/**
 * The postmortem tab: binds {@link PostmortemViewModel}. A field is saved when it loses focus or after a
 * second without typing; exports go to a file the user picks and never replace one without asking.
 */
public final class PostmortemView {

    /** How long typing must pause before the edited fields are saved anyway. */
    static final Duration IDLE = Duration.seconds(1);

    @FXML private VBox root;
    @FXML private Label heading;
    @FXML private Label saveStatus;
    @FXML private Label exportStatus;
    @FXML private Button exportText;
    @FXML private Button exportMarkdown;
    @FXML private Button exportHtml;
    @FXML private VBox warningBox;
    @FXML private Label warningText;
    @FXML private TextField title;
    @FXML private TextField windowStart;
    @FXML private TextField windowEnd;
    @FXML private Label duration;
    @FXML private TextArea impact;
    @FXML private TextField usersAffected;
    @FXML private VBox entries;
    @FXML private Label noEntries;
    @FXML private TextArea rootCause;
    @FXML private TextArea resolution;
    @FXML private VBox measures;
    @FXML private Button addMeasure;
    @FXML private TextArea measuresClosing;
    @FXML private TextArea conclusion;
    @FXML private Label metrics;
    @FXML private ToggleButton previewText;
    @FXML private ToggleButton previewMarkdown;
    @FXML private CheckBox onlyStarred;
    @FXML private TextArea preview;

    private final PostmortemViewModel vm;
    private final PauseTransition idle = new PauseTransition(IDLE);
    private Function<ExportFormat, Optional<Path>> chooseTarget = this::chooseWithFileChooser;
    private Predicate<Path> confirmReplace = this::confirmWithDialog;

    private PostmortemView(PostmortemViewModel vm) {
        this.vm = vm;
    }

    public static PostmortemView load(PostmortemViewModel vm) {
        PostmortemView view = new PostmortemView(vm);
        ViewLoader.load("/sitrep/ui/postmortem/Postmortem.fxml", view);
        return view;
    }

    public VBox root() {
        return root;
    }

    /** Where an export goes: a file chooser by default; empty when the user cancels. Tests replace it. */
    public void setExportTarget(Function<ExportFormat, Optional<Path>> chooser) {
        chooseTarget = Objects.requireNonNull(chooser);
    }

    /** Whether an existing file may be replaced: a confirmation dialog by default. Tests replace it. */
    public void setReplaceConfirmation(Predicate<Path> confirmation) {
        confirmReplace = Objects.requireNonNull(confirmation);
    }

    @FXML
    private void initialize() {
        PostmortemForm form = vm.form();
        heading.setText("Postmortem: " + vm.incident().title() + (vm.incident().drill() ? "  (DRILL)" : ""));
        saveStatus.textProperty().bind(vm.saveStatusProperty());
        vm.saveStatusProperty().addListener((o, was, now) -> {
            saveStatus.getStyleClass().removeAll("save-error", "save-ok");
            saveStatus.getStyleClass().add(now.startsWith("NOT SAVED") ? "save-error" : "save-ok");
        });
        exportStatus.textProperty().bind(vm.exportStatusProperty());
        showWhen(exportStatus, Bindings.isNotEmpty(vm.exportStatusProperty()));

        warningText.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", vm.warnings().stream().map(w -> "• " + w).toList()), vm.warnings()));
        showWhen(warningBox, Bindings.isNotEmpty(vm.warnings()));
        metrics.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.metrics()), vm.metrics()));
        duration.textProperty().bind(vm.durationProperty());

        edit(title, form.titleProperty(), PostmortemField.TITLE);
        edit(windowStart, form.windowStartProperty(), PostmortemField.WINDOW);
        edit(windowEnd, form.windowEndProperty(), PostmortemField.WINDOW);
        edit(impact, form.impactTextProperty(), PostmortemField.IMPACT);
        edit(usersAffected, form.usersAffectedProperty(), PostmortemField.IMPACT);
        edit(rootCause, form.rootCauseProperty(), PostmortemField.ROOT_CAUSE);
        edit(resolution, form.resolutionProperty(), PostmortemField.RESOLUTION);
        edit(measuresClosing, form.measuresClosingProperty(), PostmortemField.MEASURES_CLOSING);
        edit(conclusion, form.conclusionProperty(), PostmortemField.CONCLUSION);

        form.entries().addListener((ListChangeListener<EntryChoice>) c -> {
            if (structural(c)) {
                showEntries();
            }
        });
        showEntries();
        form.measures().addListener((ListChangeListener<MeasureForm>) c -> {
            if (structural(c)) {
                showMeasures();
            }
        });
        showMeasures();
        addMeasure.setOnAction(e -> form.addMeasure());

        idle.setOnFinished(e -> vm.commitAll());
        vm.editsProperty().addListener((o, was, now) -> idle.playFromStart());

        ToggleGroup group = new ToggleGroup();
        previewText.setToggleGroup(group);
        previewMarkdown.setToggleGroup(group);
        previewText.setUserData(ExportFormat.TEXT);
        previewMarkdown.setUserData(ExportFormat.MARKDOWN);
        (vm.previewFormatProperty().get() == ExportFormat.MARKDOWN ? previewMarkdown : previewText).setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                // A toggle group lets the selected button be clicked off; the preview always shows something.
                group.selectToggle(was);
            } else {
                vm.previewFormatProperty().set((ExportFormat) now.getUserData());
            }
        });
        preview.textProperty().bind(vm.previewProperty());

        onlyStarred.setSelected(vm.onlyStarred());
        onlyStarred.setTooltip(new Tooltip(
                "Unticked: every entry, the starred ones marked with ★. Ticked: only the starred ones."));
        onlyStarred.selectedProperty().addListener((o, was, now) -> vm.setOnlyStarred(now));
        exportText.setOnAction(e -> export(ExportFormat.TEXT));
        exportMarkdown.setOnAction(e -> export(ExportFormat.MARKDOWN));
        exportHtml.setOnAction(e -> export(ExportFormat.HTML));
    }

    private static boolean structural(ListChangeListener.Change<?> c) {
        while (c.next()) {
            if (!c.wasUpdated()) {
                return true;
            }
        }
        return false;
    }

    private static void showWhen(Node node, BooleanBinding condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** Binds a text control to its form field and saves the field when the control loses focus. */
    private void edit(TextInputControl control, StringProperty value, PostmortemField field) {
        control.textProperty().bindBidirectional(value);
        saveOnLeave(control, field);
    }

    private void saveOnLeave(Node control, PostmortemField field) {
        control.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                vm.commit(field);
            }
        });
    }

    private void showEntries() {
        entries.getChildren().clear();
        for (EntryChoice choice : vm.form().entries()) {
            CheckBox box = new CheckBox(choice.label());
            box.setWrapText(true);
            box.setUserData(choice.entryId());
            box.selectedProperty().bindBidirectional(choice.included());
            entries.getChildren().add(box);
        }
        noEntries.setVisible(entries.getChildren().isEmpty());
        noEntries.setManaged(entries.getChildren().isEmpty());
    }

    private void showMeasures() {
        measures.getChildren().clear();
        int n = 1;
        for (MeasureForm m : vm.form().measures()) {
            TextField name = new TextField();
            name.setPromptText("Name");
            TextField description = new TextField();
            description.setPromptText("Description");
            HBox.setHgrow(description, Priority.ALWAYS);
            TextArea tasks = new TextArea();
            tasks.setPromptText("One task per line: text; owner; due yyyy-MM-dd");
            tasks.setPrefRowCount(3);
            Button remove = new Button("Remove");
            remove.setOnAction(e -> {
                vm.form().removeMeasure(m);
                vm.commit(PostmortemField.MEASURES);
            });
            edit(name, m.nameProperty(), PostmortemField.MEASURES);
            edit(description, m.descriptionProperty(), PostmortemField.MEASURES);
            edit(tasks, m.tasksProperty(), PostmortemField.MEASURES);
            HBox head = new HBox(8, new Label(n++ + "."), name, description, remove);
            head.setAlignment(Pos.CENTER_LEFT);
            measures.getChildren().add(new VBox(4, head, tasks));
        }
    }

    private void export(ExportFormat format) {
        // Whatever is still being typed goes to the journal too, so the file matches what the journal holds.
        vm.commitAll();
        Optional<Path> target = chooseTarget.apply(format);
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        boolean exists = Files.exists(file);
        if (exists && !confirmReplace.test(file)) {
            return;
        }
        vm.export(format, file, exists);
    }

    private Optional<Path> chooseWithFileChooser(ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the postmortem as " + format.title());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.title(), "*." + format.extension()));
        chooser.setInitialFileName(fileName(vm.incident().title()) + "." + format.extension());
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private boolean confirmWithDialog(Path file) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, file + " already exists. Replace it?",
                ButtonType.CANCEL, ButtonType.OK);
        ask.setHeaderText("Replace the existing file?");
        ask.initOwner(root.getScene().getWindow());
        return ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** "API outage (eu-west)" -> "api-outage-eu-west-postmortem". */
    static String fileName(String title) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "incident" : slug) + "-postmortem";
    }
}
