/**
 * The claims table of a folder: one row per claim, one column per article, built in the background by the
 * engine's claims scan ({@link dev.parallax.engine.claims}); a click on a cell opens that pair in the reader.
 */
package dev.parallax.app.claims;
