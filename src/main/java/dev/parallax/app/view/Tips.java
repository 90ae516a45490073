package dev.parallax.app.view;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first reaches their node. A {@link Tooltip} is a popup window with a scene of
 * its own: the window's two dozen of them cost about 60 ms of its first frame, and most are never shown.
 */
final class Tips {

    private Tips() {
    }

    /** Gives {@code c} a tooltip saying {@code text}. */
    static void set(Control c, String text) {
        set(c, () -> text);
    }

    /** Gives {@code c} a tooltip whose text is asked for each time the pointer enters (it may change). */
    static void set(Control c, Supplier<String> text) {
        c.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (c.getTooltip() == null) {
                c.setTooltip(new Tooltip());
            }
            c.getTooltip().setText(text.get());
        });
    }

    /** Gives a node that is not a control (a box, a shape) a tooltip saying {@code text}. */
    static void install(Node n, String text) {
        n.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent e) {
                n.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(n, new Tooltip(text));
            }
        });
    }
}
