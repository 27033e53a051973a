package sitrep.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import sitrep.domain.SourceUrl;

/** The Settings dialog's fields and their validation; each bad field gets its own message. */
public final class SettingsFormViewModel {

    /** What the dialog produces once every field is valid. */
    public record Values(Optional<String> prometheus, Optional<String> alertmanager, List<String> statusPages,
                         Optional<String> author, int evidenceCapMiB) {
        public Values(Optional<String> prometheus, Optional<String> alertmanager, List<String> statusPages,
                      Optional<String> author) {
            this(prometheus, alertmanager, statusPages, author, DEFAULT_CAP_MIB);
        }
    }

    /** Matches the settings' default; the form only needs a number to start from. */
    static final int DEFAULT_CAP_MIB = 256;

    private final StringProperty prometheus = new SimpleStringProperty("");
    private final StringProperty alertmanager = new SimpleStringProperty("");
    private final StringProperty statusPages = new SimpleStringProperty("");
    private final StringProperty author = new SimpleStringProperty("");
    private final StringProperty evidenceCap = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper evidenceCapError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper prometheusError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper alertmanagerError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusPagesError = new ReadOnlyStringWrapper("");

    public SettingsFormViewModel(Values initial) {
        prometheus.set(initial.prometheus().orElse(""));
        alertmanager.set(initial.alertmanager().orElse(""));
        statusPages.set(String.join("\n", initial.statusPages()));
        author.set(initial.author().orElse(""));
        evidenceCap.set(String.valueOf(initial.evidenceCapMiB()));
    }

    /** How much evidence one incident may keep, in MiB. */
    public StringProperty evidenceCapProperty() {
        return evidenceCap;
    }

    public ReadOnlyStringProperty evidenceCapErrorProperty() {
        return evidenceCapError.getReadOnlyProperty();
    }

    public StringProperty prometheusProperty() {
        return prometheus;
    }

    public StringProperty alertmanagerProperty() {
        return alertmanager;
    }

    /** One URL a line. */
    public StringProperty statusPagesProperty() {
        return statusPages;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public ReadOnlyStringProperty prometheusErrorProperty() {
        return prometheusError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty alertmanagerErrorProperty() {
        return alertmanagerError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusPagesErrorProperty() {
        return statusPagesError.getReadOnlyProperty();
    }

    /** Checks every field, sets each error message, and returns the values only if all are valid. */
    public Optional<Values> validate() {
        Optional<String> prom = optionalUrl(prometheus.get(), prometheusError);
        Optional<String> am = optionalUrl(alertmanager.get(), alertmanagerError);
        List<String> pages = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String line : statusPages.get().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                pages.add(SourceUrl.parse(line).toString());
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        statusPagesError.set(String.join("\n", problems));
        int cap = -1;
        try {
            cap = Integer.parseInt(evidenceCap.get().strip());
        } catch (NumberFormatException e) {
            cap = -1;
        }
        evidenceCapError.set(cap >= 1 && cap <= 1_048_576 ? ""
                : "'" + evidenceCap.get().strip() + "' is not a size in MiB between 1 and 1048576");
        boolean valid = prometheusError.get().isEmpty() && alertmanagerError.get().isEmpty() && problems.isEmpty()
                && evidenceCapError.get().isEmpty();
        if (!valid) {
            return Optional.empty();
        }
        String who = author.get().strip();
        return Optional.of(new Values(prom, am, pages, who.isEmpty() ? Optional.empty() : Optional.of(who), cap));
    }

    private static Optional<String> optionalUrl(String text, ReadOnlyStringWrapper error) {
        if (text == null || text.isBlank()) {
            error.set("");
            return Optional.empty();
        }
        try {
            String url = SourceUrl.parse(text).toString();
            error.set("");
            return Optional.of(url);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return Optional.empty();
        }
    }
}
