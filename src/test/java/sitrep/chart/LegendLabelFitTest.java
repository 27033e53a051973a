package sitrep.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** A legend label wider than its chart is cut at the end with an ellipsis, never mid-letter at the edge. */
class LegendLabelFitTest {

    private static final FontMetrics FM = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
            .getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 12));

    @Test
    void aLabelThatFitsStaysWhole() {
        assertThat(JFreeChartBuilder.fitted("p99", 200, FM)).isEqualTo("p99");
    }

    @Test
    void aLongLabelEndsInAnEllipsisWithinTheRoom() {
        String label = "blackbox-http api.example.com/healthz";
        int room = FM.stringWidth(label) / 2;

        String fitted = JFreeChartBuilder.fitted(label, room, FM);

        assertThat(fitted).endsWith("\u2026").startsWith("blackbox-http");
        assertThat(FM.stringWidth(fitted)).isLessThanOrEqualTo(room);
        assertThat(label).startsWith(fitted.substring(0, fitted.length() - 1));
    }
}
