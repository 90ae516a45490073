package dev.parallax.app.viewmodel;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the window keeps what it remembers between runs (last folder, recent folders, font size, theme).
 * The app uses {@code java.util.prefs}; tests use {@link #inMemory()} so they never touch the user's settings.
 */
public interface SettingsStore {

    String get(String key, String fallback);

    void put(String key, String value);

    /** A store that forgets everything when dropped. */
    static SettingsStore inMemory() {
        Map<String, String> map = new HashMap<>();
        return new SettingsStore() {
            @Override
            public String get(String key, String fallback) {
                return map.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                map.put(key, value);
            }
        };
    }
}
