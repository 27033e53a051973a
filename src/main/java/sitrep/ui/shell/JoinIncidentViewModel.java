package sitrep.ui.shell;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import sitrep.domain.TimeFormats;
import sitrep.incident.sync.TeamStore;

/**
 * The Join dialog: the store's incidents as rows in words (severity and status "unknown" when an incident
 * does not say), the chosen one, and the local folder to create for it.
 */
public final class JoinIncidentViewModel {

    /** One incident as the table shows it. */
    public record Row(String id, String title, String severity, String status, String lastActivity) {
    }

    /** The choice: which incident, into which new folder. */
    public record Choice(String id, String title, Path folder) {
    }

    private static final DateTimeFormatter WHEN = TimeFormats.DATE_TIME_MINUTES;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty folder = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Path parent;

    public JoinIncidentViewModel(List<TeamStore.StoredIncident> incidents, Path parent, ZoneId zone) {
        this.parent = parent;
        for (TeamStore.StoredIncident i : incidents) {
            rows.add(new Row(i.id(), i.title().isBlank() ? "(untitled)" : i.title(), word(i.severity()),
                    word(i.status()), WHEN.format(i.lastActivity().atZone(zone))));
        }
        selected.addListener((obs, was, now) -> {
            if (now != null && (folder.get().isBlank() || was != null && folder.get().equals(suggested(was)))) {
                folder.set(suggested(now));
            }
        });
        if (!rows.isEmpty()) {
            selected.set(rows.get(0));
        }
    }

    private static String word(String s) {
        return s == null || s.isBlank() ? "unknown" : s;
    }

    private String suggested(Row row) {
        String slug = row.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return parent.resolve(slug.isEmpty() ? row.id() : slug).toString();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The choice, or empty with a message saying what is missing. */
    public Optional<Choice> validate() {
        Row row = selected.get();
        if (row == null) {
            error.set(rows.isEmpty() ? "The store holds no incident yet." : "Choose an incident.");
            return Optional.empty();
        }
        if (folder.get().isBlank()) {
            error.set("Choose a folder for your copy of the incident.");
            return Optional.empty();
        }
        error.set("");
        return Optional.of(new Choice(row.id(), row.title(), Path.of(folder.get().strip())));
    }
}
