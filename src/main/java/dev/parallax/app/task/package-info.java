/** Running engine work off the FX thread: an injectable runner with a pooled and a same-thread implementation. */
package dev.parallax.app.task;
