package dev.parallax.engine.claims;

import dev.parallax.engine.EngineFactory;
import dev.parallax.engine.corpus.ScanListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Each ECB+ topic folder scanned for claims once per test JVM (aligning is the slow part). */
final class TopicScans {

    private static final Map<String, ClaimsResult> CACHE = new ConcurrentHashMap<>();
    private static Path dir;

    private TopicScans() {
    }

    static synchronized Path folder(String topic) {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("ecb-topics");
                dir.toFile().deleteOnExit();
            }
            Path f = dir.resolve(topic);
            return Files.isDirectory(f) ? f : EcbTopics.folder(topic, f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ClaimsResult of(String topic) {
        return CACHE.computeIfAbsent(topic, t -> {
            try {
                return EngineFactory.defaults().claims().scan(folder(t), ScanListener.NONE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
