package sitrep.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.zip.CRC32;
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
    /**
     * Begins the line logged when the picture shown is the one kept: drawn earlier from inputs that are byte for byte
     * this start's, or found ahead by where they come from.
     */
    static final String KEPT = "start picture: the one kept from an earlier start";
    /** Pictures are drawn on a thread of their own, beside the toolkit's start. */
    private static final Executor SPARE = work -> Daemons.thread("sitrep-start-picture", work).start();
    /** What a cell's value axis and its labels take of its width; the fetch keeps two points a pixel of the rest. */
    private static final int AXIS_ROOM = 70;

    private final Drill drill;
    private final List<PanelDefinition> panels;
    private final ChartTheme theme;
    private final KeptPicture kept;
    /** Where the drill came from, to keep the picture findable ahead ({@link #keptAhead}); null: by its inputs only. */
    private final Origin origin;

    private StartPicture(Drill drill, List<PanelDefinition> panels, ChartTheme theme, KeptPicture kept,
                         Origin origin) {
        this.drill = drill;
        this.panels = panels;
        this.theme = theme;
        this.kept = kept;
        this.origin = origin;
    }

    /**
     * The drill a start plays, named before it is read: {@code drill} is the built-in one's name, or a file's path,
     * size, time and checksum; {@code drillFrom} is where its clock is set, as given.
     */
    record Origin(String drill, String drillFrom) {

        /** The origin of the drill this start plays; empty when it plays none or its file cannot be read. */
        static Optional<Origin> of(LaunchOptions options, Settings settings) {
            Optional<String> played = DrillChoice.played(options, settings);
            if (played.isEmpty()) {
                return Optional.empty();
            }
            String drillFrom = options.drillFrom().orElse("");
            if (played.get().equals(LaunchOptions.BUILT_IN_DRILL)) {
                return Optional.of(new Origin(LaunchOptions.BUILT_IN_DRILL, drillFrom));
            }
            try {
                Path file = Path.of(played.get()).toAbsolutePath();
                // Its contents, not only its time: a drill edited and saved within the file system's time step.
                byte[] contents = Files.readAllBytes(file);
                CRC32 crc = new CRC32();
                crc.update(contents);
                return Optional.of(new Origin(file + "|" + contents.length + "|"
                        + Files.getLastModifiedTime(file).toMillis() + "|" + crc.getValue(), drillFrom));
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // read again, and its problem told, when the drill is started
            }
        }
    }

    /** The picture for this start drawn ahead, once its state is read, at the size the window will most likely have. */
    static CompletableFuture<Optional<Drawn>> drawAhead(CompletableFuture<StartState> state, Origin origin) {
        return state.thenApplyAsync(s -> safely(() -> of(s, KeptPicture.forThisBuild(), origin)
                .flatMap(p -> p.draw(p.likelySize(s.loaded().settings())))), SPARE);
    }

    /**
     * The picture kept by an earlier start whose inputs came from the same sources (the settings' theme, panels and
     * window, this drill from the same place, this build, locale and zone), found before the drill is read; empty
     * when there is none, or this start shows an imported panel set.
     */
    static Optional<Drawn> keptAhead(Settings settings, Origin origin) {
        return keptAhead(settings, origin, KeptPicture.forThisBuild());
    }

    static Optional<Drawn> keptAhead(Settings settings, Origin origin, KeptPicture kept) {
        if (settings.activePanelSet() != null) {
            return Optional.empty();
        }
        ChartTheme theme = ChartTheme.of(settings.theme() == Settings.Theme.DARK);
        Size size = likelySize(settings, kept);
        return kept.describeSources(size.width(), size.height(), theme, settings.panels(), origin.drill(),
                        origin.drillFrom())
                .flatMap(sources -> kept.readBySources(sources, size.width(), size.height()))
                .map(pixels -> {
                    LOG.log(Level.INFO, KEPT + ", found by where its inputs come from before the drill is read");
                    return new Drawn(pixels, size.width(), size.height(), theme, () -> { });
                });
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

    /** As {@link #of(StartState)}, keeping what it draws in {@code kept}, found by its inputs only. */
    static Optional<StartPicture> of(StartState state, KeptPicture kept) {
        return of(state, kept, null);
    }

    /** As {@link #of(StartState, KeptPicture)}; kept findable ahead too when the drill's {@code origin} is known. */
    static Optional<StartPicture> of(StartState state, KeptPicture kept, Origin origin) {
        Drill drill = state.choice().drill();
        Settings settings = state.loaded().settings();
        if (drill == null || settings.activePanelSet() != null) {
            return Optional.empty();
        }
        return Optional.of(new StartPicture(drill, settings.panels(),
                ChartTheme.of(settings.theme() == Settings.Theme.DARK), kept, origin));
    }

    /**
     * The size the window will most likely have: its saved size, else the default one. The screen is not known yet:
     * a window that opens maximized most likely has the size of the picture kept from the last start.
     */
    Size likelySize(Settings settings) {
        return likelySize(settings, kept);
    }

    private static Size likelySize(Settings settings, KeptPicture kept) {
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
        Optional<byte[]> sources = origin == null ? Optional.empty()
                : kept.describeSources(size.width(), size.height(), theme, panels, origin.drill(), origin.drillFrom());
        Optional<int[]> keptPixels = inputs.flatMap(i -> kept.read(i, size.width(), size.height()));
        if (keptPixels.isPresent()) {
            LOG.log(Level.INFO, KEPT + ", drawn from the same inputs");
            // Found by its inputs, not ahead by their sources (this start would not have drawn it then): kept again
            // under this start's sources, so that the next start finds it ahead.
            return Optional.of(new Drawn(keptPixels.get(), size.width(), size.height(), theme, sources.isEmpty()
                    ? () -> { }
                    : () -> kept.write(inputs.get(), sources.get(), keptPixels.get(), size.width(), size.height())));
        }
        int[] pixels = DashboardPicture.draw(size.width(), size.height(), theme, banner, line, cells, columns);
        return Optional.of(new Drawn(pixels, size.width(), size.height(), theme,
                () -> inputs.ifPresent(i -> kept.write(i, sources.orElse(new byte[0]), pixels, size.width(),
                        size.height()))));
    }
}
