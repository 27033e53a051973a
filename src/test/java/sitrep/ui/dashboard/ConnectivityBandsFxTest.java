package sitrep.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import sitrep.domain.HealthLevel;

/** The bands as drawn: a flapping stretch's stripes stay inside it, and the state now always has its words. */
class ConnectivityBandsFxTest extends FxRobot {

    private static final Instant T0 = Instant.parse("2023-06-10T22:00:00Z");
    private static final Color STRIPE = Color.web("#d29922");

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    private WritableImage draw(ConnectivityRow row, TimeWindow.Range range) throws Exception {
        FxToolkit.registerPrimaryStage();
        ConnectivityView[] view = new ConnectivityView[1];
        FxToolkit.setupStage(stage -> {
            view[0] = new ConnectivityView();
            stage.setScene(new Scene(new StackPane(view[0]), 900, 3 * ConnectivityView.ROW));
            stage.show();
        });
        interact(() -> view[0].show(List.of(row), range, ZoneOffset.UTC, true));
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        interact(() -> shot.set(view[0].snapshot(null, null)));
        return shot.get();
    }

    @Test
    void aCurrentStateTooNarrowForItsWordsGetsThemInABoxOverTheBandsEnd() throws Exception {
        // Up for the hour, down for the last 40 s: a stretch of a few pixels at the band's end.
        ConnectivityRow row = new ConnectivityRow("blackbox-tcp/db.internal:5432", "probe", List.of(
                new ConnectivityRow.Segment(T0.minusSeconds(3600), HealthLevel.OPERATIONAL),
                new ConnectivityRow.Segment(T0.minusSeconds(40), HealthLevel.MAJOR_OUTAGE)));
        WritableImage shot = draw(row, new TimeWindow.Range(T0.minusSeconds(3600), T0));
        PixelReader px = shot.getPixelReader();
        int y = 5;
        int right = (int) shot.getWidth() - 2;
        Color outage = px.getColor(right, y);
        double bandWidth = shot.getWidth() - ConnectivityView.NAME_WIDTH;
        int downFrom = (int) (ConnectivityView.NAME_WIDTH + bandWidth * (3600 - 40) / 3600.0);
        int boxed = 0;
        for (int x = downFrom - 60; x < downFrom - 20; x++) {
            if (px.getColor(x, y).equals(outage)) {
                boxed++;
            }
        }
        // The words themselves (white) cover some of the box.
        assertThat(boxed).as("outage-coloured pixels left of the outage's own stretch (from x=%d)", downFrom)
                .isGreaterThan(20);
    }

    @Test
    void theStripesOfANarrowFlappingStretchDrawNothingOutsideIt() throws Exception {
        // Up for the hour, then five changes within three minutes at its end: a stretch a few pixels wide.
        List<ConnectivityRow.Segment> segments = new ArrayList<>(List.of(
                new ConnectivityRow.Segment(T0.minusSeconds(3600), HealthLevel.OPERATIONAL)));
        for (int i = 0; i < 5; i++) {
            segments.add(new ConnectivityRow.Segment(T0.minusSeconds(200 - 30L * i),
                    i % 2 == 0 ? HealthLevel.MAJOR_OUTAGE : HealthLevel.OPERATIONAL));
        }
        ConnectivityRow row = new ConnectivityRow("api.example.com/healthz", "probe", segments);
        assertThat(row.flapping()).hasSize(1);
        WritableImage shot = draw(row, new TimeWindow.Range(T0.minusSeconds(3600), T0.plusSeconds(60)));
        PixelReader px = shot.getPixelReader();
        double width = shot.getWidth() - ConnectivityView.NAME_WIDTH;
        double flapFrom = ConnectivityView.NAME_WIDTH + width * (3600 - 200) / 3660.0;
        List<String> outside = new ArrayList<>();
        for (int x = 0; x < (int) shot.getWidth(); x++) {
            for (int y = 0; y < (int) shot.getHeight(); y++) {
                Color c = px.getColor(x, y);
                boolean stripe = Math.abs(c.getRed() - STRIPE.getRed()) < 0.06
                        && Math.abs(c.getGreen() - STRIPE.getGreen()) < 0.06
                        && Math.abs(c.getBlue() - STRIPE.getBlue()) < 0.06;
                if (stripe && (x < flapFrom - 2 || y < 2 || y > ConnectivityView.ROW - 2)) {
                    outside.add(x + "," + y);
                }
            }
        }
        assertThat(outside).as("stripe pixels outside the stretch (which begins at x=%.0f)", flapFrom).isEmpty();
    }

    @Test
    void theStateNowRightAfterFlappingLeavesTheWordsToTheFlapInsteadOfCoveringIt() throws Exception {
        // Up for the hour, five changes from 200 s to 80 s ago, up since: the flap's words say what happened.
        List<ConnectivityRow.Segment> segments = new ArrayList<>(List.of(
                new ConnectivityRow.Segment(T0.minusSeconds(3600), HealthLevel.OPERATIONAL)));
        for (int i = 0; i < 5; i++) {
            segments.add(new ConnectivityRow.Segment(T0.minusSeconds(200 - 30L * i),
                    i % 2 == 0 ? HealthLevel.MAJOR_OUTAGE : HealthLevel.OPERATIONAL));
        }
        WritableImage shot = draw(new ConnectivityRow("api.example.com/healthz", "probe", segments),
                new TimeWindow.Range(T0.minusSeconds(3600), T0));
        PixelReader px = shot.getPixelReader();
        double width = shot.getWidth() - ConnectivityView.NAME_WIDTH;
        int flapFrom = (int) (ConnectivityView.NAME_WIDTH + width * (3600 - 200) / 3600.0);
        int white = 0;
        for (int x = flapFrom - 150; x < flapFrom - 2; x++) {
            for (int y = 4; y < ConnectivityView.ROW - 4; y++) {
                if (px.getColor(x, y).getBrightness() > 0.9 && px.getColor(x, y).getSaturation() < 0.1) {
                    white++;
                }
            }
        }
        assertThat(white).as("words in the 150 px before the flap (from x=%d)", flapFrom).isZero();
    }
}
