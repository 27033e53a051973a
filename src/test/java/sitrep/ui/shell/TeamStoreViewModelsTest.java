package sitrep.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import sitrep.incident.sync.SyncStatus;
import sitrep.incident.sync.TeamStore;

class TeamStoreViewModelsTest {

    @Test
    void storeFormNamesTheBadFieldAndKeepsBlankOnesOut() {
        TeamStoreFormViewModel vm = new TeamStoreFormViewModel(new TeamStoreFormViewModel.Values(
                "postgresql://ana:pw@db/sitrep", null, null, "/no/such/ca.pem"));
        assertThat(vm.validate()).isEmpty();
        assertThat(vm.urlErrorProperty().get()).isEqualTo("The store URL must not contain a password; put it in the "
                + "settings, PGPASSWORD or ~/.pgpass.");
        assertThat(vm.caFileErrorProperty().get()).isEqualTo("No such file: /no/such/ca.pem");
        vm.urlProperty().set("postgresql://db.example.com/sitrep");
        vm.caFileProperty().set(" ");
        vm.passwordProperty().set("s3cret");
        assertThat(vm.validate()).contains(new TeamStoreFormViewModel.Values("postgresql://db.example.com/sitrep", null,
                "s3cret", null));
        assertThat(vm.urlErrorProperty().get()).isEmpty();
    }

    @Test
    void joinListsIncidentsInWordsAndSuggestsAFolderPerTitle() {
        JoinIncidentViewModel vm = new JoinIncidentViewModel(List.of(
                new TeamStore.StoredIncident("1b4e28ba-2fa1-11d2-883f-0016d3cca427", "API outage", "SEV1", null,
                        Instant.parse("2026-11-30T14:02:11Z")),
                new TeamStore.StoredIncident("6fa459ea-ee8a-3ca4-894e-db77e160355e", "", null, "resolved",
                        Instant.parse("2026-11-29T08:00:00Z"))), Path.of("/home/ana/incidents"), ZoneId.of("UTC"));
        assertThat(vm.rows()).containsExactly(
                new JoinIncidentViewModel.Row("1b4e28ba-2fa1-11d2-883f-0016d3cca427", "API outage", "SEV1", "unknown",
                        "2026-11-30 14:02"),
                new JoinIncidentViewModel.Row("6fa459ea-ee8a-3ca4-894e-db77e160355e", "(untitled)", "unknown",
                        "resolved", "2026-11-29 08:00"));
        assertThat(vm.folderProperty().get()).isEqualTo("/home/ana/incidents/api-outage");
        vm.selectedProperty().set(vm.rows().get(1));
        assertThat(vm.folderProperty().get()).isEqualTo("/home/ana/incidents/untitled");
        vm.folderProperty().set("/tmp/mine");
        assertThat(vm.validate()).contains(new JoinIncidentViewModel.Choice("6fa459ea-ee8a-3ca4-894e-db77e160355e",
                "(untitled)", Path.of("/tmp/mine")));
        vm.folderProperty().set("");
        assertThat(vm.validate()).isEmpty();
        assertThat(vm.errorProperty().get()).isEqualTo("Choose a folder for your copy of the incident.");
    }

    @Test
    void statusBarTextIsEmptyUntilSharedAndWarnsWhenNotSynced() {
        SyncStatusViewModel vm = new SyncStatusViewModel(ZoneId.of("UTC"));
        assertThat(vm.textProperty().get()).isEmpty();
        vm.update(new SyncStatus(12, Instant.parse("2026-11-30T14:02:11Z"), "connection refused", true, List.of()));
        assertThat(vm.textProperty().get()).isEqualTo(
                "not synced: 12 records waiting, store unreachable since 14:02:11 (connection refused)");
        assertThat(vm.warningProperty().get()).isTrue();
        vm.update(new SyncStatus(0, null, null, false, List.of()));
        assertThat(vm.textProperty().get()).isEqualTo("Team store: synced");
        assertThat(vm.warningProperty().get()).isFalse();
        vm.clear();
        assertThat(vm.textProperty().get()).isEmpty();
    }
}
