package sitrep.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import sitrep.domain.EntryKind;
import sitrep.incident.command.CommandEntries;

class TimelineFiltersTest {

    private static final Instant T = Instant.parse("2024-03-05T14:00:00Z");

    private static TimelineRow row(String id, EntryKind kind, String author, String text, boolean starred) {
        Map<String, String> evidence = starred ? Map.of(CommandEntries.STAR, "true") : Map.of();
        return new TimelineRow(id, T, T, kind, author, text, evidence, "14:00", false);
    }

    private final ObservableList<TimelineRow> all = FXCollections.observableArrayList(
            row("a", EntryKind.NOTE, "ana", "db-2 slow", false),
            row("b", EntryKind.ACTION, "bo", "Restarted pgbouncer", true),
            row("c", EntryKind.ACTION, "ana", "paged db team", false));
    private final TimelineFilters filters = new TimelineFilters(all);

    private List<String> ids() {
        return filters.rows().stream().map(TimelineRow::id).toList();
    }

    @Test
    void everythingPassesUntilAFilterIsSet() {
        assertThat(ids()).containsExactly("a", "b", "c");
    }

    @Test
    void starredOnlyKeepsTheStarredRows() {
        filters.starredOnlyProperty().set(true);

        assertThat(ids()).containsExactly("b");
    }

    @Test
    void filtersCombineAndIgnoreCaseAndSurroundingBlanks() {
        filters.kindProperty().set(EntryKind.ACTION);
        filters.authorProperty().set(" ANA ");
        assertThat(ids()).containsExactly("c");

        filters.authorProperty().set("");
        filters.textProperty().set("  restarted ");
        assertThat(ids()).containsExactly("b");
    }

    @Test
    void rowsAddedLaterAreFilteredToo() {
        filters.textProperty().set("db");
        all.add(row("d", EntryKind.NOTE, "cy", "DB-3 fine", false));
        all.add(row("e", EntryKind.NOTE, "cy", "cache warm", false));

        assertThat(ids()).containsExactly("a", "c", "d");
    }
}
