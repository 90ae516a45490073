package dev.parallax.app;

import dev.parallax.app.viewmodel.SettingsStore;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The user's settings in {@code java.util.prefs} (node {@code dev/parallax}); only the app uses it, never tests. */
final class PreferencesSettingsStore implements SettingsStore {

    private final Preferences node = Preferences.userRoot().node("dev/parallax");

    @Override
    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // settings are a convenience: a read-only home loses them, nothing else
        }
    }
}
