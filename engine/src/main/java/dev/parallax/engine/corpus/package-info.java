/**
 * Folder scan: which articles of a collection share content, which conflict, which one is likely the source.
 *
 * <p>Shaped as pure functions so the same steps could run on a distributed engine (see
 * {@code docs/distributed-scan.md}): {@link dev.parallax.engine.corpus.Scan#fingerprint} per document (map),
 * {@link dev.parallax.engine.corpus.DocumentFrequencies} (reduce), {@link dev.parallax.engine.corpus.Candidates}
 * (band keys and rare terms to candidate pairs), {@link dev.parallax.engine.corpus.Scan#score} per candidate pair,
 * {@link dev.parallax.engine.corpus.Groups} (connected components). {@link dev.parallax.engine.corpus.FolderScan}
 * runs them on one machine. Headless: imports only the engine and the JDK.
 */
package dev.parallax.engine.corpus;
