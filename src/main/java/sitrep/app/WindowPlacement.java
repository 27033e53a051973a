package sitrep.app;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Restores and captures the main window's geometry and split positions. A saved position that is no
 * longer on any screen (a monitor was unplugged) is ignored rather than opening the window off-screen.
 */
final class WindowPlacement {

    static final double DEFAULT_WIDTH = 1600;
    static final double DEFAULT_HEIGHT = 900;

    private double normalX = Double.NaN;
    private double normalY = Double.NaN;
    private double normalWidth = Double.NaN;
    private double normalHeight = Double.NaN;

    void restore(Stage stage, Settings.WindowState saved) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (sizeKept(saved)
                && !Screen.getScreensForRectangle(saved.x(), saved.y(), saved.width(), saved.height()).isEmpty()) {
            stage.setX(saved.x());
            stage.setY(saved.y());
            stage.setWidth(saved.width());
            stage.setHeight(saved.height());
            stage.setMaximized(saved.maximized());
        } else {
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
            stage.centerOnScreen();
        }
        track(stage);
    }

    /**
     * The size to give the window's scene before it is shown: the restored window's (the screen's when maximized).
     * A scene made without a size is first laid out at its content's preferred size while the window is being shown,
     * then again at the window's in the next pulse; the dashboard chose its columns for the wrong size and built its
     * charts twice on the way to the first frame.
     */
    static Dimension2D sceneSize(Stage stage) {
        if (stage.isMaximized()) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            return new Dimension2D(screen.getWidth(), screen.getHeight());
        }
        return new Dimension2D(stage.getWidth(), stage.getHeight());
    }

    /** Remembers the last un-maximized bounds, which are what should come back next time. */
    private void track(Stage stage) {
        Runnable capture = () -> {
            if (!stage.isMaximized() && !stage.isFullScreen()) {
                normalX = stage.getX();
                normalY = stage.getY();
                normalWidth = stage.getWidth();
                normalHeight = stage.getHeight();
            }
        };
        stage.xProperty().addListener(o -> capture.run());
        stage.yProperty().addListener(o -> capture.run());
        stage.widthProperty().addListener(o -> capture.run());
        stage.heightProperty().addListener(o -> capture.run());
        capture.run();
    }

    static final double DEFAULT_MAIN_DIVIDER = 0.58;
    static final double DEFAULT_LEFT_DIVIDER = 0.68;

    /** The saved split positions, or the defaults; applied once the window has its size. */
    static boolean savedMainDivider(Settings.WindowState saved) {
        return saved != null && validFraction(saved.mainDivider());
    }

    static void restoreDividers(SplitPane main, SplitPane left, Settings.WindowState saved) {
        main.setDividerPositions(saved != null && validFraction(saved.mainDivider())
                ? saved.mainDivider() : DEFAULT_MAIN_DIVIDER);
        left.setDividerPositions(saved != null && validFraction(saved.leftDivider())
                ? saved.leftDivider() : DEFAULT_LEFT_DIVIDER);
    }

    private static boolean validFraction(double d) {
        return d > 0.05 && d < 0.95;
    }

    /** A saved window big enough to be given again (else the default size is). */
    static boolean sizeKept(Settings.WindowState saved) {
        return saved != null && saved.width() >= 320 && saved.height() >= 240;
    }

    /** {@code now}'s bounds with {@code saved}'s splits; with none saved, splits that read as never set. */
    static Settings.WindowState withDividersOf(Settings.WindowState now, Settings.WindowState saved) {
        return new Settings.WindowState(now.x(), now.y(), now.width(), now.height(), now.maximized(),
                saved == null ? 0 : saved.mainDivider(), saved == null ? 0 : saved.leftDivider());
    }

    Settings.WindowState capture(Stage stage, SplitPane main, SplitPane left) {
        double x = Double.isNaN(normalX) ? stage.getX() : normalX;
        double y = Double.isNaN(normalY) ? stage.getY() : normalY;
        double w = Double.isNaN(normalWidth) ? stage.getWidth() : normalWidth;
        double h = Double.isNaN(normalHeight) ? stage.getHeight() : normalHeight;
        // On a narrow window the status area is a tab and the left split has no divider: keep the last one.
        return new Settings.WindowState(x, y, w, h, stage.isMaximized(),
                main.getDividerPositions()[0], left.getDividerPositions().length > 0
                        ? left.getDividerPositions()[0] : DEFAULT_LEFT_DIVIDER);
    }
}
