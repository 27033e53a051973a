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
                         Optional<String> author) {
    }

    private final StringProperty prometheus = new SimpleStringProperty("");
    private final StringProperty alertmanager = new SimpleStringProperty("");
    private final StringProperty statusPages = new SimpleStringProperty("");
    private final StringProperty author = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper prometheusError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper alertmanagerError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusPagesError = new ReadOnlyStringWrapper("");

    public SettingsFormViewModel(Values initial) {
        prometheus.set(initial.prometheus().orElse(""));
        alertmanager.set(initial.alertmanager().orElse(""));
        statusPages.set(String.join("\n", initial.statusPages()));
        author.set(initial.author().orElse(""));
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
        boolean valid = prometheusError.get().isEmpty() && alertmanagerError.get().isEmpty() && problems.isEmpty();
        if (!valid) {
            return Optional.empty();
        }
        String who = author.get().strip();
        return Optional.of(new Values(prom, am, pages, who.isEmpty() ? Optional.empty() : Optional.of(who)));
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
