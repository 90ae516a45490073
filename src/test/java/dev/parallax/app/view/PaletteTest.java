package dev.parallax.app.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.parallax.app.overview.OverviewPane;
import java.util.Map;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** One source of colours: what canvases draw is what reader.css gives the text, and the overview's words say it. */
class PaletteTest {

    @Test
    void theCanvasColoursAreTheStylesheetsInBothThemes() {
        for (boolean dark : new boolean[] {false, true}) {
            Map<String, Color> css = Palette.stylesheetColours(dark);
            Palette p = Palette.of(dark);
            assertEquals(css.get("-px-agree-line"), p.agree(), "agree, dark " + dark);
            assertEquals(css.get("-px-conflict-line"), p.conflict(), "conflict, dark " + dark);
            assertEquals(css.get("-px-paper"), p.paper(), "paper, dark " + dark);
            assertEquals(css.get("-px-text"), p.text(), "text, dark " + dark);
            assertEquals(css.get("-px-flash"), p.highlight(), "highlight, dark " + dark);
        }
        assertEquals(Color.web("#d55e00"), Palette.LIGHT.conflict(), "Okabe-Ito vermilion");
        assertNotEquals(Palette.LIGHT.paper(), Palette.DARK.paper(), "the dark block was read, not the light twice");
    }

    @Test
    void theOverviewLegendNamesTheColourItsConflictCornerIsDrawnIn() {
        for (Palette p : new Palette[] {Palette.LIGHT, Palette.DARK}) {
            double hue = p.conflict().getHue();
            assertEquals(true, hue >= 15 && hue <= 40, "orange, not red (0-10) nor yellow (50+): " + hue);
        }
        assertEquals(true, OverviewPane.LEGEND.contains("Orange corner"), OverviewPane.LEGEND);
        assertEquals(false, OverviewPane.LEGEND.matches("(?is).*\\bred\\b.*"), OverviewPane.LEGEND);
        // the dark theme draws more sharing brighter, the light one darker: the words hold for both
        assertEquals(false, OverviewPane.LEGEND.matches("(?is).*\\b(darker|lighter|paler)\\b.*"), OverviewPane.LEGEND);
    }
}
