package sitrep.ui.shell;

import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import sitrep.app.Composition;
import sitrep.app.ConsoleIdle;
import sitrep.app.LaunchOptions;
import sitrep.app.SettingsStore;
import sitrep.ui.dashboard.ChartView;

/** The console on the built-in drill at its outage (scenario time 15:00), as the window tests open it. */
final class DrillAtOutage {

    final Composition composition;
    final Stage stage;
    private final FxRobot robot;

    private DrillAtOutage(FxRobot robot, Composition composition, Stage stage) {
        this.robot = robot;
        this.composition = composition;
        this.stage = stage;
    }

    /** Opens the drill and waits until the now strip names the database and the charts are drawn. */
    static DrillAtOutage open(FxRobot robot, Path dir) throws Exception {
        LaunchOptions options = new LaunchOptions(Optional.empty(), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.of("15:00"));
        AtomicReference<Stage> shown = new AtomicReference<>();
        AtomicReference<Composition> started = new AtomicReference<>();
        FxToolkit.setupStage(s -> {
            Composition c = new Composition(options, new SettingsStore(dir.resolve("settings.json")), Clock.systemUTC());
            started.set(c);
            c.start(s);
            shown.set(s);
        });
        ConsoleIdle.await(started.get());
        DrillAtOutage drill = new DrillAtOutage(robot, started.get(), shown.get());
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> drill.chipText().contains("db.internal:5432")
                    && drill.charts().size() >= 4);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the drill did not show its outage: strip " + drill.chipText() + ", "
                    + robot.lookup(".chart-view").queryAll().size() + " charts, " + drill.charts().size()
                    + " visible");
        }
        return drill;
    }

    void stop() {
        robot.interact(composition::stop);
        ConsoleIdle.awaitStopped(composition);
    }

    /** Resizes the window and waits until every chart shows a frame of its new size. */
    void resize(int width, int height) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> charts().stream().allMatch(c -> c.frame() != null
                    && Math.abs(c.frame().width() - Math.floor(c.getWidth())) <= 1
                    && Math.abs(c.frame().height() - Math.floor(c.getHeight())) <= 1));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("charts did not redraw at " + width + "x" + height, e);
        }
        waitForFxEvents();
    }

    /** The charts a user can see. */
    List<ChartView> charts() {
        List<ChartView> out = new ArrayList<>();
        for (Node n : robot.lookup(".chart-view").queryAll()) {
            if (n instanceof ChartView c && ScreenReadabilityFxTest.visible(c)) {
                out.add(c);
            }
        }
        return out;
    }

    String chipText() {
        StringBuilder b = new StringBuilder();
        robot.lookup(".now-chip").queryAllAs(Label.class).forEach(l -> b.append(l.getText()).append('\n'));
        return b.toString();
    }
}
