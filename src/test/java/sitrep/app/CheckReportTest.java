package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceKind;
import sitrep.domain.SourceSnapshot;
import sitrep.domain.StatusIncident;

class CheckReportTest {

    private static SourceSnapshot statusPage(List<ComponentStatus> components, List<StatusIncident> incidents) {
        return new SourceSnapshot("https://status.example.test", SourceKind.STATUSPAGE, Instant.EPOCH,
                Duration.ofMillis(12), null, HealthLevel.MAJOR_OUTAGE, components, List.of(), List.of(), incidents,
                List.of());
    }

    @Test
    void aComponentIsNamedWithItsGroupAndAnOpenIncidentIsListed() {
        CheckReport report = new CheckReport(List.of(CheckReport.Row.of(statusPage(List.of(
                new ComponentStatus("Database", "EU", HealthLevel.MAJOR_OUTAGE, null, null, false),
                new ComponentStatus("Database", "US", HealthLevel.OPERATIONAL, null, null, false)),
                List.of(new StatusIncident("Checkout failing", "identified", "critical", false, null, List.of()))))));

        assertThat(report.table()).contains("    component EU / Database: major_outage")
                .contains("    incident Checkout failing (identified, impact critical)");
        assertThat(report.json()).contains("\"group\":\"EU\"").contains("\"incidents\":[{\"name\":\"Checkout failing\"");
    }

    @Test
    void aPrometheusTargetIsNotNamedWithItsJobTwice() {
        CheckReport report = new CheckReport(List.of(CheckReport.Row.of(statusPage(List.of(
                new ComponentStatus("db-tcp/127.0.0.1:5432", "db-tcp", HealthLevel.MAJOR_OUTAGE, null, null, false)),
                List.of()))));

        assertThat(report.table()).contains("    component db-tcp/127.0.0.1:5432: major_outage");
    }
}
