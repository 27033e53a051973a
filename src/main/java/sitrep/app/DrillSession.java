package sitrep.app;

import java.time.Clock;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import sitrep.source.drill.Drill;
import sitrep.ui.drill.DrillBannerView;
import sitrep.ui.drill.DrillBannerViewModel;
import sitrep.ui.shell.MainWindowView;

/**
 * The drill playing, if one is, and the clock the console reads: the drill's scenario clock while it plays, the
 * system clock once the user connects real sources. Everything that shows or records time asks {@link #clock()}
 * when it needs the time, so the switch is seen everywhere at once. FX thread.
 */
final class DrillSession {

    private final Clock systemClock;
    private Drill drill;
    private Timeline ticker;

    DrillSession(Drill drill, Clock systemClock) {
        this.drill = drill;
        this.systemClock = systemClock;
    }

    /** The drill playing, or null. */
    Drill drill() {
        return drill;
    }

    boolean playing() {
        return drill != null;
    }

    Clock clock() {
        return drill != null ? drill.clock() : systemClock;
    }

    /** Shows the drill's banner (its title, scenario time and injects) under the menus, if a drill plays. */
    void showBanner(MainWindowView view, Runnable openSettings) {
        if (drill == null) {
            view.setDrillBanner(null);
            return;
        }
        DrillBannerViewModel banner = new DrillBannerViewModel(drill.title(), drill.clock(), drill.injects(),
                drill.start(), drill.end(), drill.zone().zoneId(), drill.zone().label());
        view.setDrillBanner(DrillBannerView.load(banner, openSettings).root());
        ticker = new Timeline(new KeyFrame(Duration.millis(500), e -> banner.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    /** The user connected real sources: the drill stops and time is the wall clock's again. */
    void stop(MainWindowView view) {
        close();
        drill = null;
        view.setDrillBanner(null);
    }

    void close() {
        if (ticker != null) {
            ticker.stop();
        }
    }
}
