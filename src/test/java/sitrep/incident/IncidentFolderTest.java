package sitrep.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.domain.Incident;
import sitrep.domain.IncidentZone;

class IncidentFolderTest {

    @TempDir
    Path dir;

    private static final Incident INCIDENT = new Incident("API outage", IncidentZone.parse("PST"),
            Instant.parse("2023-06-10T21:00:00Z"), null, "SEV1", Map.of("commander", "ana", "scribe", "bo"), false);

    @Test
    void createsTheLayoutAndReadsIncidentJsonBack() throws IOException {
        Path inc = dir.resolve("2023-06-10-api");
        IncidentFolder.openOrCreate(inc, INCIDENT);

        assertThat(inc.resolve("journal")).isDirectory();
        assertThat(inc.resolve("evidence")).isDirectory();
        assertThat(Files.readString(inc.resolve("incident.json"))).contains("\"zone\": \"PST\"");
        try (var stream = Files.list(inc)) {
            assertThat(stream.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "incident.json", "journal", "evidence");
        }
        IncidentFolder again = IncidentFolder.open(inc);
        assertThat(again.incident()).isEqualTo(INCIDENT);

        again.save(INCIDENT.withEnd(Instant.parse("2023-06-11T00:30:00Z")));
        assertThat(IncidentFolder.openOrCreate(inc, INCIDENT).incident().end()).isEqualTo(Instant.parse("2023-06-11T00:30:00Z"));
    }

    @Test
    void missingFolderAndUnknownZoneAreClearErrors() throws IOException {
        assertThatThrownBy(() -> IncidentFolder.open(dir.resolve("nope")))
                .isInstanceOf(IOException.class).hasMessageContaining("no such folder: ");
        assertThatThrownBy(() -> IncidentFolder.open(dir)).hasMessageContaining("no incident.json");
        Files.writeString(dir.resolve("incident.json"), "{\"title\":\"x\",\"zone\":\"Mars/Base\",\"start\":\"2023-06-10T21:00:00Z\"}");
        assertThatThrownBy(() -> IncidentFolder.open(dir))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown time zone 'Mars/Base'");
    }

    @Test
    void recentIncidentsKeepsTheLatestFirstWithoutDuplicates() throws IOException {
        RecentIncidents r = RecentIncidents.empty();
        for (int i = 0; i < 12; i++) {
            r = r.opened(dir.resolve("inc-" + i));
        }
        r = r.opened(dir.resolve("inc-5"));
        assertThat(r.folders()).hasSize(RecentIncidents.LIMIT);
        assertThat(r.folders().get(0)).isEqualTo(dir.resolve("inc-5"));
        assertThat(r.folders()).doesNotHaveDuplicates().doesNotContain(dir.resolve("inc-0"));
        assertThat(RecentIncidents.ofStrings(r.asStrings())).isEqualTo(r);

        IncidentFolder.openOrCreate(dir.resolve("inc-11"), INCIDENT);
        assertThat(r.existing()).isEqualTo(List.of(dir.resolve("inc-11")));
    }

    @Test
    void aMalformedIncidentFileIsRefusedWithThePathOfTheProblemInWords() throws IOException {
        Path inc = Files.createDirectories(dir.resolve("bad-incident"));
        Files.writeString(inc.resolve("incident.json"), "{\"zone\": \"UTC\", \"start\": 5}");
        assertThatThrownBy(() -> IncidentFolder.open(inc)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(inc.resolve("incident.json") + " is not valid incident JSON: $.start: expected a string,"
                        + " found 5");
        Files.writeString(inc.resolve("incident.json"), "{\"zone\": \"UTC\", \"start\": \"soon\"}");
        assertThatThrownBy(() -> IncidentFolder.open(inc)).hasMessageContaining("$.start: expected an instant like");
        Files.writeString(inc.resolve("incident.json"), "{\"zone\": \"UTC\",");
        assertThatThrownBy(() -> IncidentFolder.open(inc)).hasMessageContaining("is not valid incident JSON: not valid"
                + " JSON (line 1").hasMessageNotContaining("java.").hasMessageNotContaining("gson");
        Files.writeString(inc.resolve("incident.json"), "{\"title\": \"x\"}");
        assertThatThrownBy(() -> IncidentFolder.open(inc)).hasMessageEndingWith("lacks the incident's zone or start");
    }
}
