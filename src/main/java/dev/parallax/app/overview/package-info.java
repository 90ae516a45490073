/**
 * The folder overview: a heat map of which articles of a folder share text, the ranked counterparts of one
 * article, and the background scan that fills them in.
 */
package dev.parallax.app.overview;
