package sitrep.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import sitrep.domain.TimeFormats;
import sitrep.domain.WallClock;
import sitrep.replay.DrillFile;
import sitrep.source.drill.Drill;
import sitrep.source.drill.ScenarioException;

/**
 * Whether this run plays a drill, and which: asked for with --drill, or the built-in one when no source is
 * configured at all and no incident was named, so a newcomer sees the console live at once.
 *
 * @param drill   the drill to play, positioned at its start (or --drill-from); null for none
 * @param problem a sentence for the user when the asked-for drill or start time could not be used
 */
record DrillChoice(Drill drill, String problem) {

    private static final System.Logger LOG = System.getLogger(DrillChoice.class.getName());

    /**
     * The drill this start plays, decided without reading it: a file's path, or {@link LaunchOptions#BUILT_IN_DRILL};
     * empty when none was asked for and something is configured.
     */
    static Optional<String> played(LaunchOptions options, Settings settings) {
        boolean asked = options.drill().isPresent();
        boolean nothingConfigured = options.sources(settings).isEmpty() && options.incident().isEmpty()
                && !options.noDrill();
        if (!asked && !nothingConfigured) {
            return Optional.empty();
        }
        return Optional.of(options.drill().orElse(LaunchOptions.BUILT_IN_DRILL));
    }

    static DrillChoice decide(LaunchOptions options, Settings settings, Clock systemClock) {
        Optional<String> played = played(options, settings);
        if (played.isEmpty()) {
            return new DrillChoice(null, null);
        }
        String file = played.get();
        Drill drill;
        try {
            drill = file.equals(LaunchOptions.BUILT_IN_DRILL)
                    ? Drill.builtIn(systemClock)
                    : DrillFile.open(Path.of(file), systemClock);
        } catch (IOException | ScenarioException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not start the drill " + file + ": " + e);
            return new DrillChoice(null, "Could not start the drill " + file + ": " + e.getMessage());
        }
        Instant from = drill.start();
        String problem = null;
        if (options.drillFrom().isPresent()) {
            Optional<LocalTime> at = WallClock.whole(options.drillFrom().get());
            if (at.isPresent()) {
                from = drill.start().atZone(drill.zone().zoneId()).with(at.get()).toInstant();
            } else {
                problem = "--drill-from " + options.drillFrom().get() + " is not a time like 15:30; the drill"
                        + " starts at its beginning.";
            }
        }
        drill.clock().seek(from.isBefore(drill.start()) ? drill.start() : from.isAfter(drill.end()) ? drill.end() : from);
        LOG.log(Level.INFO, "playing drill '" + drill.title() + "' at " + drill.clock().speed() + "x");
        return new DrillChoice(drill, problem);
    }

    /** Drills without --incident keep their notes under $XDG_DATA_HOME/sitrep/drills, one folder a run. */
    static Path newFolder() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        String stamp = TimeFormats.STAMP.format(LocalDateTime.now());
        return base.resolve("sitrep").resolve("drills").resolve(stamp);
    }
}
