package dev.parallax.app.viewmodel;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Watches one folder and reports, once things have settled for a moment, that its files changed. A burst of
 * events (an editor saving through a temporary file) becomes one report.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final long SETTLE_MS = 300;

    private final WatchService service;
    private final Thread thread;

    /**
     * @param deliver runs the report (the FX thread's {@code Platform::runLater} in the app)
     */
    public FolderWatcher(Path folder, Executor deliver, Runnable onChange) throws IOException {
        Objects.requireNonNull(deliver, "deliver");
        Objects.requireNonNull(onChange, "onChange");
        this.service = FileSystems.getDefault().newWatchService();
        folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        this.thread = new Thread(() -> loop(deliver, onChange), "parallax-folder-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Executor deliver, Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                key.pollEvents();
                key.reset();
                // let the burst settle
                WatchKey more;
                while ((more = service.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) {
                    more.pollEvents();
                    more.reset();
                }
                deliver.execute(onChange);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop quietly
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing to do: the thread ends either way
        }
        thread.interrupt();
    }
}
