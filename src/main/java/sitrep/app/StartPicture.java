package sitrep.app;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import sitrep.chart.ChartTheme;
import sitrep.chart.DashboardPicture;
import sitrep.concurrent.Daemons;
import sitrep.domain.TimeFormats;
import sitrep.panels.PanelDefinition;
import sitrep.source.drill.Drill;
import sitrep.ui.dashboard.DashboardFetch;
import sitrep.ui.dashboard.DashboardFrame;
import sitrep.ui.dashboard.DashboardViewModel;
import sitrep.ui.dashboard.PanelGrid;
import sitrep.ui.drill.DrillBannerViewModel;

/**
 * The picture a start that plays a drill shows first: the drill's banner and the dashboard's first answer, fetched
 * from the drill and drawn into one image off the FX thread while the toolkit starts (docs/decisions/11-07). The
 * window's controls are built behind it and replace it whole. Only for the drill, whose answer is local and comes in
 * milliseconds, and its own panels (not an imported set): a real source's answer crosses the network, and a chosen
 * panel set resolves its variables first. Any thread.
 */
final class StartPicture {

    /**
     * A drawn picture: premultiplied ARGB pixels of {@code width * height}, in {@code theme}; {@code keep} keeps it for
     * the next start (nothing to do for a picture that was kept already), to be run once it is on screen, off the FX
     * thread.
     */
    record Drawn(int[] argbPre, int width, int height, ChartTheme theme, Runnable keep) {
    }

    private static final System.Logger LOG = System.getLogger(StartPicture.class.getName());
    /** Logged when the picture shown is the one kept: drawn earlier from inputs that are byte for byte this start's. */
    static final String KEPT = "start picture: the one kept from an earlier start, drawn from the same inputs";
    /** Pictures are drawn on a thread of their own, beside the toolkit's start. */
    private static final Executor SPARE = work -> Daemons.thread("sitrep-start-picture", work).start();
    /** What a cell's value axis and its labels take of its width; the fetch keeps two points a pixel of the rest. */
    private static final int AXIS_ROOM = 70;

    private final Drill drill;
    private final List<PanelDefinition> panels;
    private final ChartTheme theme;
    private final KeptPicture kept;

    private StartPicture(Drill drill, List<PanelDefinition> panels, ChartTheme theme, KeptPicture kept) {
        this.drill = drill;
        this.panels = panels;
        this.theme = theme;
        this.kept = kept;
    }

    /** The picture for this start drawn ahead, once its state is read, at the size the window will most likely have. */
    static CompletableFuture<Optional<Drawn>> drawAhead(CompletableFuture<StartState> state) {
        return state.thenApplyAsync(s -> safely(() -> of(s).flatMap(p -> p.draw(p.likelySize(s.loaded().settings())))),
                SPARE);
    }

    /** This picture drawn again at another size, off the FX thread. */
    CompletableFuture<Optional<Drawn>> drawLater(Size size) {
        return CompletableFuture.supplyAsync(() -> safely(() -> draw(size)), SPARE);
    }

    private static Optional<Drawn> safely(Supplier<Optional<Drawn>> drawing) {
        try {
            return drawing.get();
        } catch (RuntimeException e) {
            // The picture only hastens the first frame: without it, the console's own is the first.
            LOG.log(Level.WARNING, "the start picture could not be drawn: " + e);
            return Optional.empty();
        }
    }

    /** A picture for this start, or empty when it plays no drill or shows an imported panel set. */
    static Optional<StartPicture> of(StartState state) {
        return of(state, KeptPicture.forThisBuild());
    }

    /** As {@link #of(StartState)}, keeping what it draws in {@code kept}. */
    static Optional<StartPicture> of(StartState state, KeptPicture kept) {
        Drill drill = state.choice().drill();
        Settings settings = state.loaded().settings();
        if (drill == null || settings.activePanelSet() != null) {
            return Optional.empty();
        }
        return Optional.of(new StartPicture(drill, settings.panels(),
                ChartTheme.of(settings.theme() == Settings.Theme.DARK), kept));
    }

    /**
     * The size the window will most likely have: its saved size, else the default one. The screen is not known yet:
     * a window that opens maximized most likely has the size of the picture kept from the last start.
     */
    Size likelySize(Settings settings) {
        Settings.WindowState w = settings.window();
        if (w != null && w.maximized()) {
            Optional<Size> last = kept.keptSize();
            if (last.isPresent()) {
                return last.get();
            }
        }
        if (WindowPlacement.sizeKept(w)) {
            return new Size((int) w.width(), (int) w.height());
        }
        return new Size((int) WindowPlacement.DEFAULT_WIDTH, (int) WindowPlacement.DEFAULT_HEIGHT);
    }

    record Size(int width, int height) {
    }

    /**
     * Fetches the drill's answer as of where its clock was set (its start, or --drill-from: the same answer every
     * time, so the picture can be kept) and draws it at this size, or shows the kept picture when that is this one;
     * empty when no chart of it has a point to show (the first frame is then the console's own).
     */
    Optional<Drawn> draw(Size size) {
        ZoneId zone = drill.zone().zoneId();
        Instant now = drill.clock().setAt();
        int guessColumns = PanelGrid.columnsFor(panels.size(), size.width(), size.height());
        DashboardViewModel vm = new DashboardViewModel(panels, zone);
        vm.setPlotWidth(Math.max(10, size.width() / guessColumns - AXIS_ROOM));
        DashboardFrame frame = new DashboardFetch(drill.metrics(), Clock.fixed(now, zone)).run(vm.request(now));
        List<DashboardPicture.Cell> cells = new ArrayList<>();
        boolean data = false;
        for (DashboardFrame.PanelResult p : frame.panels()) {
            if (p.hidden()) {
                continue;
            }
            data |= p.spec() != null && p.spec().hasPoints();
            cells.add(new DashboardPicture.Cell(p.panel().title(), p.spec(), p.error()));
        }
        if (!data) {
            return Optional.empty();
        }
        String banner = DrillBannerViewModel.status(drill.title(), now, drill.start(), drill.end(), zone,
                drill.zone().label());
        String line = "Opening the console \u00b7 the drill's charts as of "
                + TimeFormats.CLOCK.format(now.atZone(zone)) + " " + drill.zone().label();
        int columns = PanelGrid.columnsFor(cells.size(), size.width(), size.height());
        Optional<byte[]> inputs = kept.describe(size.width(), size.height(), theme, banner, line, columns, cells);
        Optional<int[]> keptPixels = inputs.flatMap(i -> kept.read(i, size.width(), size.height()));
        if (keptPixels.isPresent()) {
            LOG.log(Level.INFO, KEPT);
            return Optional.of(new Drawn(keptPixels.get(), size.width(), size.height(), theme, () -> { }));
        }
        int[] pixels = DashboardPicture.draw(size.width(), size.height(), theme, banner, line, cells, columns);
        return Optional.of(new Drawn(pixels, size.width(), size.height(), theme,
                () -> inputs.ifPresent(i -> kept.write(i, pixels, size.width(), size.height()))));
    }
}
