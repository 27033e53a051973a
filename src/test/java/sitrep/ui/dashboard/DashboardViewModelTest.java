package sitrep.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import sitrep.domain.HealthLevel;
import sitrep.source.polling.LatestValueRelay;

class DashboardViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-25T14:10:00Z");

    private final DashboardViewModel vm = new DashboardViewModel(DefaultPanels.standard(), ZoneOffset.UTC);

    @Test
    void theWindowFollowsNowWhileLive() {
        vm.windowProperty().set(TimeWindow.LAST_15_MINUTES);

        FetchRequest r = vm.request(NOW);

        assertThat(r.range()).isEqualTo(new TimeWindow.Range(NOW.minusSeconds(900), NOW));
        assertThat(vm.rangeTextProperty().get()).isEqualTo("13:55:00 – 14:10:00  (live)");
    }

    private static DashboardFrame frame(TimeWindow.Range range, String staleNote) {
        sitrep.chart.ChartSpec spec = new sitrep.chart.ChartSpec("Latency", "s", sitrep.chart.ChartSpec.YAxisMode.AUTO,
                List.of(), List.of(), List.of(), range.from().toEpochMilli(), range.to().toEpochMilli(), Long.MIN_VALUE,
                0, staleNote, ZoneOffset.UTC);
        return new DashboardFrame(range.to(), range, List.of(new DashboardFrame.PanelResult(
                DefaultPanels.standard().get(0), spec, staleNote.isEmpty() ? "" : "no response", List.of(), false)),
                List.of());
    }

    @Test
    void theHeaderSaysNotLiveWhileTheSourceIsSilentUntilDataComesBack() {
        vm.windowProperty().set(TimeWindow.LAST_15_MINUTES);
        FetchRequest r = vm.request(NOW);
        vm.apply(frame(r.range(), "stale since 14:09:30 (no response within 10 s)"));
        assertThat(vm.rangeTextProperty().get()).endsWith("(stale since 14:09:30, not live)");
        // The next refresh is asked while the source may still be silent: the header keeps saying so meanwhile.
        FetchRequest next = vm.request(NOW.plusSeconds(5));
        assertThat(vm.rangeTextProperty().get()).endsWith("(stale since 14:09:30, not live)");

        vm.apply(frame(next.range(), ""));
        assertThat(vm.rangeTextProperty().get()).endsWith("(live)");
    }

    @Test
    void sinceIncidentStartBeginsJustBeforeTheIncident() {
        vm.setIncident(NOW.minusSeconds(7200), null, ZoneOffset.UTC);
        vm.windowProperty().set(TimeWindow.SINCE_INCIDENT_START);

        assertThat(vm.request(NOW).range().from()).isEqualTo(NOW.minusSeconds(7200 + 300));
    }

    @Test
    void pauseFreezesTheRangeAndResumeFollowsAgain() {
        vm.request(NOW);
        vm.togglePause();

        assertThat(vm.request(NOW.plusSeconds(60)).range().to()).isEqualTo(NOW);
        assertThat(vm.rangeTextProperty().get()).endsWith("(paused)");

        vm.togglePause();
        assertThat(vm.request(NOW.plusSeconds(60)).range().to()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void zoomPanAndReset() {
        AtomicInteger changes = new AtomicInteger();
        vm.onChange(changes::incrementAndGet);

        vm.zoomTo(NOW.minusSeconds(600), NOW.minusSeconds(300));
        assertThat(vm.liveProperty().get()).isFalse();
        assertThat(vm.request(NOW).range()).isEqualTo(new TimeWindow.Range(NOW.minusSeconds(600),
                NOW.minusSeconds(300)));

        vm.panBy(Duration.ofSeconds(-60), NOW);
        assertThat(vm.request(NOW).range().from()).isEqualTo(NOW.minusSeconds(660));

        vm.resetZoom();
        assertThat(vm.zoomed()).isFalse();
        assertThat(vm.liveProperty().get()).isTrue();
        assertThat(vm.request(NOW).range().to()).isEqualTo(NOW);
        assertThat(changes.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aCustomRangeIsTypedInTheIncidentsZone() {
        vm.setIncident(NOW.minusSeconds(3600), null, ZoneOffset.ofHours(-8));

        assertThat(vm.showCustomRange("2026-11-25 04:00", "2026-11-25 05:30")).isEmpty();

        assertThat(vm.range(NOW)).isEqualTo(new TimeWindow.Range(Instant.parse("2026-11-25T12:00:00Z"),
                Instant.parse("2026-11-25T13:30:00Z")));
        assertThat(vm.liveProperty().get()).isFalse();
        assertThat(vm.showCustomRange("yesterday", "2026-11-25 05:30")).contains(
                "'yesterday' is not a time like 2026-11-25 14:05");
        assertThat(vm.showCustomRange("2026-11-25 06:00", "2026-11-25 05:30")).contains(
                "the end must come after the start");
        assertThat(vm.rangeFields(NOW)).containsExactly("2026-11-25 04:00", "2026-11-25 05:30");
    }

    @Test
    void aTinyDragIsNotAZoom() {
        vm.zoomTo(NOW.minusSeconds(2), NOW);
        assertThat(vm.zoomed()).isFalse();
    }

    @Test
    void anOlderFrameNeverReplacesANewerOne() {
        FetchRequest first = vm.request(NOW);
        FetchRequest second = vm.request(NOW.plusSeconds(5));
        DashboardFrame.PanelResult hidden = new DashboardFrame.PanelResult(DefaultPanels.standard().get(0), null, "",
                List.of(), true);

        // The refresh path as LiveDashboard wires it: requests to the fetch thread and frames to the FX
        // thread each through a latest-wins relay. The older frame is still waiting for a busy FX thread
        // when the newer one arrives.
        Queue<Runnable> fetchThread = new ArrayDeque<>();
        Queue<Runnable> fxThread = new ArrayDeque<>();
        LatestValueRelay<DashboardFrame> frames = new LatestValueRelay<>(fxThread::add, vm::apply);
        LatestValueRelay<FetchRequest> requests = new LatestValueRelay<>(fetchThread::add, r -> frames.accept(
                r == second ? new DashboardFrame(NOW, second.range(), List.of(hidden), List.of())
                        : new DashboardFrame(NOW, first.range(), List.of(), List.of())));
        requests.accept(first);
        fetchThread.poll().run();
        requests.accept(second);
        fetchThread.poll().run();
        while (!fxThread.isEmpty()) {
            fxThread.poll().run();
        }

        assertThat(vm.panels()).hasSize(1);
        assertThat(vm.hiddenNoteProperty().get()).isEqualTo(
                "Hidden, their metrics are absent: Request latency (p50, p95, p99)");
    }

    @Test
    void whatWaitsForTheFirstAnswerSeesAllOfIt() {
        FetchRequest first = vm.request(NOW);
        DashboardFrame.PanelResult hidden = new DashboardFrame.PanelResult(DefaultPanels.standard().get(0), null, "",
                List.of(), true);
        ConnectivityRow row = new ConnectivityRow("api:443", "probe",
                List.of(new ConnectivityRow.Segment(first.range().from(), HealthLevel.OPERATIONAL)));
        List<String> seen = new ArrayList<>();
        vm.answeredProperty().addListener((o, was, now) -> seen.add(vm.panels().size() + " panels, "
                + vm.connectivity().size() + " rows, note: " + !vm.hiddenNoteProperty().get().isEmpty()));

        assertThat(vm.answeredProperty().get()).isFalse();
        vm.apply(new DashboardFrame(NOW, first.range(), List.of(hidden), List.of(row)));
        vm.apply(new DashboardFrame(NOW, first.range(), List.of(hidden), List.of(row)));

        // The window is shown on this signal: shown on the panels' own change, it was laid out without the bands.
        assertThat(seen).containsExactly("1 panels, 1 rows, note: true");
        assertThat(vm.answeredProperty().get()).isTrue();
    }

    @Test
    void aThemeSwitchAsksForNoRefresh() {
        AtomicInteger changes = new AtomicInteger();
        vm.onChange(changes::incrementAndGet);

        vm.setDark(false);
        vm.setDark(true);

        assertThat(vm.darkProperty().get()).isTrue();
        assertThat(changes.get()).isZero();
    }

    @Test
    void theViewsPlotWidthSetsTheDecimationAndAWiderPlotRefreshesAtOnce() {
        AtomicInteger changes = new AtomicInteger();
        vm.onChange(changes::incrementAndGet);
        assertThat(vm.request(NOW).plotWidth()).isEqualTo(DashboardViewModel.DEFAULT_PLOT_WIDTH);

        vm.setPlotWidth(380);
        assertThat(changes.get()).as("a narrower plot draws the points it has").isZero();
        assertThat(vm.request(NOW).plotWidth()).isEqualTo(380);

        vm.setPlotWidth(400);
        assertThat(changes.get()).as("within a tenth of what the data was decimated for").isZero();
        vm.setPlotWidth(1200);
        assertThat(changes.get()).isEqualTo(1);
        assertThat(vm.request(NOW).plotWidth()).isEqualTo(1200);
    }

    @Test
    void theSamePanelsAgainFetchNothingOtherPanelsDo() {
        AtomicInteger changes = new AtomicInteger();
        vm.onChange(changes::incrementAndGet);

        vm.setDefinitions(DefaultPanels.standard());
        vm.setDefinitionBinder(null);
        assertThat(changes.get()).as("the panels and binder it already has").isZero();

        vm.setDefinitions(DefaultPanels.standard().subList(0, 2));
        assertThat(changes.get()).isEqualTo(1);
        vm.setDefinitionBinder(range -> DefaultPanels.standard());
        assertThat(changes.get()).isEqualTo(2);
    }
}
