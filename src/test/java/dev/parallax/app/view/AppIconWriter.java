package dev.parallax.app.view;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/**
 * Writes {@code assets/icon.png} from {@link AppIcon} (a developer tool, not a test): run it after changing
 * the drawing, e.g. with {@code xvfb-run java -cp <test classpath> dev.parallax.app.view.AppIconWriter assets/icon.png}.
 */
public final class AppIconWriter {

    private AppIconWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/icon.png");
        CountDownLatch done = new CountDownLatch(1);
        Exception[] failure = new Exception[1];
        Platform.startup(() -> {
            try {
                PngEncoder.write(AppIcon.draw(256), out, dev.parallax.engine.export.OutputGuard.NONE);
            } catch (Exception e) {
                failure[0] = e;
            }
            done.countDown();
        });
        done.await();
        Platform.exit();
        if (failure[0] != null) {
            throw failure[0];
        }
        System.out.println("Wrote " + out);
    }
}
