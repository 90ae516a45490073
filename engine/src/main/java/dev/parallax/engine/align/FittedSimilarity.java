package dev.parallax.engine.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A logistic model over the {@link Evidence#FEATURES}: {@code 1 / (1 + exp(-(bias + w . features)))}. The
 * bundled weights ({@code similarity-weights.tsv}) are written by the fitting tool in the test sources
 * ({@code dev.parallax.engine.align.FitSimilarity}); the file's header says what data they were fitted on.
 */
final class FittedSimilarity implements SentenceSimilarity {

    /** Loaded on first use. */
    private static final class Bundled {
        static final FittedSimilarity INSTANCE = load("similarity-weights.tsv");
    }

    private final double bias;
    private final double[] weights;

    FittedSimilarity(double bias, double[] weights) {
        if (weights.length != Evidence.FEATURES.size()) {
            throw new IllegalArgumentException("expected " + Evidence.FEATURES.size() + " weights");
        }
        this.bias = bias;
        this.weights = weights.clone();
    }

    static FittedSimilarity bundled() {
        return Bundled.INSTANCE;
    }

    @Override
    public double score(Evidence evidence) {
        double z = bias;
        List<Evidence.Feature> fs = Evidence.FEATURES;
        for (int k = 0; k < weights.length; k++) {
            z += weights[k] * fs.get(k).value().applyAsDouble(evidence);
        }
        return 1 / (1 + Math.exp(-z));
    }

    double bias() {
        return bias;
    }

    double[] weights() {
        return weights.clone();
    }

    /** Reads a weights file outside the class path (for fitting and sweeps). */
    static FittedSimilarity loadFile(java.nio.file.Path file) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads {@code name<TAB>weight} lines (and {@code bias}); every feature must have a weight. */
    static FittedSimilarity load(String resource) {
        try (InputStream in = FittedSimilarity.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FittedSimilarity read(InputStream in, String resource) throws IOException {
        Map<String, Double> w = new HashMap<>();
        {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                w.put(f[0].trim(), Double.parseDouble(f[1].trim()));
            }
        }
        double[] weights = new double[Evidence.FEATURES.size()];
        for (int k = 0; k < weights.length; k++) {
            String name = Evidence.FEATURES.get(k).name();
            Double v = w.get(name);
            if (v == null) {
                throw new IllegalStateException(resource + " has no weight for " + name);
            }
            weights[k] = v;
        }
        return new FittedSimilarity(w.getOrDefault("bias", 0.0), weights);
    }
}
