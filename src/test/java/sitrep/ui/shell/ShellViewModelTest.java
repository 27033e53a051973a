package sitrep.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {

    private final ZoneId berlin = ZoneId.of("Europe/Berlin");

    @Test
    void withNoSourceEveryAreaSaysHowToConnectOne() {
        ShellViewModel vm = new ShellViewModel(ShellViewModel.Sources.none(), berlin);

        assertThat(vm.sourceSummaryProperty().get()).contains("No source connected").contains("Settings");
        assertThat(vm.dashboardHintProperty().get()).contains("No Prometheus is connected")
                .contains("--prometheus");
        assertThat(vm.statusHintProperty().get()).contains("--alertmanager").contains("--status");
    }

    @Test
    void configuredSourcesAreCountedWhileConnectingAndChartsAreNotPretended() {
        ShellViewModel vm = new ShellViewModel(new ShellViewModel.Sources(Optional.of("http://prom:9090"),
                Optional.of("http://am:9093"), List.of("http://app/health")), berlin);

        assertThat(vm.sourceSummaryProperty().get()).isEqualTo("Connecting to 3 sources…");
        assertThat(vm.dashboardHintProperty().get()).isEqualTo("Connecting to Prometheus http://prom:9090…");
        assertThat(vm.statusHintProperty().get()).isEmpty();
    }

    @Test
    void aPasswordInThePrometheusAddressIsNotShown() {
        ShellViewModel vm = new ShellViewModel(new ShellViewModel.Sources(
                Optional.of("http://admin:pa55word@prom:9090"), Optional.empty(), List.of()), berlin);

        assertThat(vm.dashboardHintProperty().get()).doesNotContain("pa55word").contains("prom:9090");
    }

    @Test
    void aRefusedPrometheusSaysWhyAndThatNoSourceRuns() {
        ShellViewModel vm = new ShellViewModel(new ShellViewModel.Sources(Optional.of("http://prom:9090"),
                Optional.empty(), List.of()), berlin);

        vm.metricsRefused("prometheus source ignored: 'prom': put credentials in the settings, not in the URL");
        vm.noSourceRunning();

        assertThat(vm.dashboardHintProperty().get()).isEqualTo("No live charts: prometheus source ignored: 'prom':"
                + " put credentials in the settings, not in the URL.\n\nCorrect the Prometheus address with"
                + " File > Settings… (Ctrl+,).");
        assertThat(vm.sourceSummaryProperty().get())
                .isEqualTo("No source running (see the notice): File > Settings… (Ctrl+,)");

        vm.setSources(new ShellViewModel.Sources(Optional.of("http://prom2:9090"), Optional.empty(), List.of()));
        assertThat(vm.dashboardHintProperty().get()).isEqualTo("Connecting to Prometheus http://prom2:9090…");
        assertThat(vm.sourceSummaryProperty().get()).isEqualTo("Connecting to 1 source…");
    }

    @Test
    void clockShowsTheTimeInTheZone() {
        ShellViewModel vm = new ShellViewModel(ShellViewModel.Sources.none(), berlin);

        vm.tick(Instant.parse("2026-06-01T12:02:11Z"));

        assertThat(vm.clockProperty().get()).startsWith("14:02:11 Europe/Berlin");
    }

    @Test
    void clockFollowsTheOpenIncidentsZoneAndCountsFromItsStart() {
        ShellViewModel vm = new ShellViewModel(ShellViewModel.Sources.none(), berlin);
        vm.setIncident("API outage", Instant.parse("2023-06-10T22:00:00Z"), java.time.ZoneOffset.ofHours(-8), "PST");

        vm.tick(Instant.parse("2023-06-11T00:02:11Z"));

        assertThat(vm.clockProperty().get()).isEqualTo("16:02:11 PST  ·  API outage  ·  2:02:11 since start");
    }

    @Test
    void noticeShowsAndDismisses() {
        ShellViewModel vm = new ShellViewModel(ShellViewModel.Sources.none(), berlin);
        assertThat(vm.noticeProperty().get()).isEmpty();

        vm.showNotice("settings.json could not be used");
        assertThat(vm.noticeProperty().get()).isEqualTo("settings.json could not be used");

        vm.dismissNotice();
        assertThat(vm.noticeProperty().get()).isEmpty();
    }

    @Test
    void themeToggles() {
        ShellViewModel vm = new ShellViewModel(ShellViewModel.Sources.none(), berlin);
        assertThat(vm.darkThemeProperty().get()).isTrue();

        vm.toggleTheme();
        assertThat(vm.darkThemeProperty().get()).isFalse();
        vm.toggleTheme();
        assertThat(vm.darkThemeProperty().get()).isTrue();
    }
}
