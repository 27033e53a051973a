package sitrep.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import sitrep.incident.sync.StoreAddress;

/** The team store's connection fields (saved in the settings) and their validation, one message per field. */
public final class TeamStoreFormViewModel {

    /** What the form produces once valid; blank optional fields are null. */
    public record Values(String url, String user, String password, String caFile) {
    }

    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty caFile = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper urlError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper caFileError = new ReadOnlyStringWrapper("");

    public TeamStoreFormViewModel(Values initial) {
        url.set(orEmpty(initial.url()));
        user.set(orEmpty(initial.user()));
        password.set(orEmpty(initial.password()));
        caFile.set(orEmpty(initial.caFile()));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty caFileProperty() {
        return caFile;
    }

    public ReadOnlyStringProperty urlErrorProperty() {
        return urlError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty caFileErrorProperty() {
        return caFileError.getReadOnlyProperty();
    }

    /** The values, or empty with each bad field's message set. */
    public Optional<Values> validate() {
        urlError.set("");
        caFileError.set("");
        boolean ok = true;
        try {
            StoreAddress.parse(url.get());
        } catch (IllegalArgumentException e) {
            urlError.set(capitalised(e.getMessage()));
            ok = false;
        }
        String ca = caFile.get().strip();
        if (!ca.isEmpty() && !Files.isRegularFile(Path.of(ca))) {
            caFileError.set("No such file: " + ca);
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Values(url.get().strip(), blankToNull(user.get()), password.get().isEmpty() ? null
                : password.get(), blankToNull(ca)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }
}
