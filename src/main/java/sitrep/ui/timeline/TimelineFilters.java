package sitrep.ui.timeline;

import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import sitrep.domain.EntryKind;
import sitrep.incident.command.CommandEntries;

/** The timeline's kind, author, text and starred filters, and the rows they let through. */
final class TimelineFilters {

    private final FilteredList<TimelineRow> filtered;
    private final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>(this, "kindFilter");
    private final StringProperty author = new SimpleStringProperty(this, "authorFilter", "");
    private final StringProperty text = new SimpleStringProperty(this, "textFilter", "");
    private final BooleanProperty starredOnly = new SimpleBooleanProperty(this, "starredOnly", false);

    TimelineFilters(ObservableList<TimelineRow> all) {
        this.filtered = new FilteredList<>(all);
        kind.addListener((o, was, now) -> refilter());
        author.addListener((o, was, now) -> refilter());
        text.addListener((o, was, now) -> refilter());
        starredOnly.addListener((o, was, now) -> refilter());
    }

    /** The rows the filters let through, in the order of the list they filter. */
    ObservableList<TimelineRow> rows() {
        return filtered;
    }

    ObjectProperty<EntryKind> kindProperty() {
        return kind;
    }

    StringProperty authorProperty() {
        return author;
    }

    StringProperty textProperty() {
        return text;
    }

    BooleanProperty starredOnlyProperty() {
        return starredOnly;
    }

    private void refilter() {
        EntryKind k = kind.get();
        String who = author.get() == null ? "" : author.get().strip();
        String what = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        boolean stars = starredOnly.get();
        Predicate<TimelineRow> p = r -> (k == null || r.kind() == k)
                && (who.isEmpty() || r.author().equalsIgnoreCase(who))
                && (what.isEmpty() || r.text().toLowerCase(Locale.ROOT).contains(what))
                && (!stars || CommandEntries.starred(r.evidence()));
        // No predicate when nothing filters: the list passes changes through without testing each row.
        filtered.setPredicate(k == null && who.isEmpty() && what.isEmpty() && !stars ? null : p);
    }
}
