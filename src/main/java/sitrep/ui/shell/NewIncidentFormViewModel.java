package sitrep.ui.shell;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import sitrep.domain.IncidentZone;

/** The New incident dialog: a title, the zone times are written in, and the folder that will hold it. */
public final class NewIncidentFormViewModel {

    /** A valid form. */
    public record Values(String title, IncidentZone zone, Path folder) {
    }

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty zone = new SimpleStringProperty("");
    private final StringProperty folder = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Path parent;

    /**
     * @param defaultZone the zone offered first (the workstation's)
     * @param parent      where a folder named after the title is proposed
     */
    public NewIncidentFormViewModel(String defaultZone, Path parent) {
        this.parent = parent;
        zone.set(defaultZone);
        title.addListener((o, was, now) -> {
            if (folder.get().isEmpty() || folder.get().equals(proposedFolder(was))) {
                folder.set(proposedFolder(now));
            }
        });
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** A folder under the parent named after the title, e.g. {@code ~/incidents/api-outage}. */
    String proposedFolder(String forTitle) {
        String slug = forTitle == null ? "" : forTitle.strip().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "" : parent.resolve(slug).toString();
    }

    public Optional<Values> validate() {
        if (title.get().isBlank()) {
            error.set("Give the incident a title, e.g. \"API outage\".");
            return Optional.empty();
        }
        IncidentZone z;
        try {
            z = IncidentZone.parse(zone.get());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
        Path dir;
        try {
            dir = folder.get().isBlank() ? null : Path.of(folder.get().strip());
        } catch (InvalidPathException e) {
            error.set("'" + folder.get() + "' is not a folder path: " + e.getReason());
            return Optional.empty();
        }
        if (dir == null) {
            error.set("Choose the folder that will hold the incident.");
            return Optional.empty();
        }
        error.set("");
        return Optional.of(new Values(title.get().strip(), z, dir));
    }
}
