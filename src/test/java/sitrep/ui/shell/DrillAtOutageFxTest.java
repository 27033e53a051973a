package sitrep.ui.shell;

import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.testfx.util.WaitForAsyncUtils;
import sitrep.app.LaunchOptions;
import sitrep.app.WholeConsoleFxTest;
import sitrep.ui.dashboard.ChartView;

/** For tests of the console on the built-in drill at its outage (scenario time 15:00). */
abstract class DrillAtOutageFxTest extends WholeConsoleFxTest {

    /** Opens the drill and waits until the now strip names the database and the charts are drawn. */
    protected void openDrillAtOutage() {
        start(new LaunchOptions(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.of("15:00")));
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> chipText().contains("db.internal:5432")
                    && charts().size() >= 4);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the drill did not show its outage: strip " + chipText() + ", "
                    + lookup(".chart-view").queryAll().size() + " charts, " + charts().size() + " visible");
        }
    }

    /** Resizes the window and waits until every chart shows a frame of its new size. */
    protected void resize(int width, int height) {
        interact(() -> {
            stage().setX(0);
            stage().setY(0);
            stage().setWidth(width);
            stage().setHeight(height);
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
    protected List<ChartView> charts() {
        List<ChartView> out = new ArrayList<>();
        for (Node n : lookup(".chart-view").queryAll()) {
            if (n instanceof ChartView c && ScreenReadabilityFxTest.visible(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** What the now strip's chips say, one a line. */
    protected String chipText() {
        StringBuilder b = new StringBuilder();
        lookup(".now-chip").queryAllAs(Label.class).forEach(l -> b.append(l.getText()).append('\n'));
        return b.toString();
    }
}
