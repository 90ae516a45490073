#!/usr/bin/env python3
"""Start-up as a person sees it: time from launching a command to its window's pixels on the screen.

    mvn -Pimage -DskipTests package && python3 bench/paint-time.py [RUNS]     (default 7)

bench/startup.sh times the first frame from inside the JVM (a probe prints the time once the comparison has
been laid out and two more frames have passed). This script checks that from outside: it runs each variant
under an Xvfb whose screen is a memory-mapped file (-fbdir) and polls a sample of screen rows every 2 ms,
so it sees the moment pixels change, with no cooperation from the program:

    window   the first time any pixel of the screen is not black: the window system has mapped the window
             (GTK fills it white); JavaFX has not necessarily drawn anything yet
    painted  the first time the blue of an agreeing passage (#d5e7f6, the reader's light theme) is on screen
             in both halves of the window: the seed comparison is painted. The empty window's probe fills
             itself with the same blue, so for it this is its first frame drawn by JavaFX.

The in-app probe (bench/startup.sh) fires two frames after the comparison is laid out, which is before its
pixels are on the screen: rendering the first frame (software rendering under Xvfb) takes a while longer.

Variants, interleaved in every round so that machine load hits them alike:
    empty   an empty JavaFX window (dev.parallax.app.EmptyWindowProbe, java -cp target/parallax.jar): the floor
    jar     java -jar target/parallax.jar (no arguments: the seed comparison)
    image   target/parallax-image/bin/parallax (no arguments)
    other   with OTHER_IMAGE=DIR, DIR/bin/parallax: a second image built another way (e.g. the JDK 17 one)
Each run also prints the in-app probe's number (first-paint-ms, since JVM start) for comparison.
Needs Xvfb and python3 only. Results are printed and kept in bench-results/paint-<time>.txt (not committed).
"""
import mmap
import os
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AGREE = bytes((0xF6, 0xE7, 0xD5))  # #d5e7f6 as the framebuffer stores it: blue, green, red, unused
ROW_STEP = 8                       # sample every 8th screen row
TIMEOUT_S = 60


def variants():
    jar = os.path.join(ROOT, "target", "parallax.jar")
    image = os.path.join(ROOT, "target", "parallax-image", "bin", "parallax")
    for f in (jar, image):
        if not os.path.exists(f):
            sys.exit(f"missing {f}: run mvn -Pimage -DskipTests package first")
    # the probes print their in-app time and stay open (they would otherwise quit before the pixels arrive)
    stay = ["-Dparallax.probe=first-paint", "-Dparallax.probe.stay=true"]
    vs = [
        ("empty", ["java", *stay, "-Dparallax.probe.fill=#d5e7f6", "-cp", jar, "dev.parallax.app.EmptyWindowProbe"], {}),
        ("jar", ["java", *stay, "-jar", jar], {}),
        ("image", [image], {"PARALLAX_JAVA_OPTS": " ".join(stay)}),
    ]
    other = os.environ.get("OTHER_IMAGE")  # a second image built another way, as in bench/startup.sh
    if other:
        vs.append(("other", [os.path.join(other, "bin", "parallax")], {"PARALLAX_JAVA_OPTS": " ".join(stay)}))
    return vs


class Screen:
    """The Xvfb framebuffer file: a 32-bit XWD image, header then pixels."""

    def __init__(self, path):
        self.file = open(path, "rb")
        self.map = mmap.mmap(self.file.fileno(), 0, access=mmap.ACCESS_READ)
        head = struct.unpack(">25I", self.map[:100])
        header_size, width, height, bpp, line, ncolors = head[0], head[4], head[5], head[11], head[12], head[19]
        if bpp != 32:
            sys.exit(f"framebuffer has {bpp} bits per pixel, expected 32")
        self.data = header_size + ncolors * 12
        self.line = line
        self.rows = [self.data + y * line for y in range(0, height, ROW_STEP)]
        self.black = bytes(line)

    def look(self):
        """(any pixel not black, agree blue in the left and in the right half) on the sampled rows."""
        drawn = left = right = False
        m, n = self.map, self.line
        half = n // 2
        for off in self.rows:
            row = m[off:off + n]
            if not drawn and row != self.black:
                drawn = True
            if not left and has_pixel(row[:half], AGREE):
                left = True
            if not right and has_pixel(row[half:], AGREE):
                right = True
            if drawn and left and right:
                break
        return drawn, left and right

    def blank(self):
        m, n = self.map, self.line
        return all(m[off:off + n] == self.black for off in self.rows)


def has_pixel(row, colour):
    """Whether the row holds the colour at a pixel boundary."""
    i = row.find(colour)
    while i >= 0:
        if i % 4 == 0:
            return True
        i = row.find(colour, i + 1)
    return False


def run(cmd, extra_env, display, screen):
    env = dict(os.environ, DISPLAY=display, **extra_env)
    for _ in range(500):  # the previous run's window must be gone
        if screen.blank():
            break
        time.sleep(0.01)
    time.sleep(0.3)
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                         cwd=ROOT)
    window = content = None
    while time.monotonic() - t0 < TIMEOUT_S:
        drawn, agree = screen.look()
        now = (time.monotonic() - t0) * 1000
        if drawn and window is None:
            window = now
        if agree and content is None:
            content = now
        if window is not None and content is not None:
            break
        if p.poll() is not None:
            break
        time.sleep(0.002)
    time.sleep(0.2)  # let the in-app probe print
    p.terminate()
    out, _ = p.communicate(timeout=TIMEOUT_S)
    probe = next((line.split("=", 1)[1] for line in out.splitlines() if line.startswith("first-paint-ms=")), None)
    return window, content, probe


def median(xs):
    xs = [x for x in xs if x is not None]
    return round(statistics.median(xs)) if xs else None


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    if not shutil.which("Xvfb"):
        sys.exit("Xvfb is needed (apt-get install xvfb)")
    fbdir = tempfile.mkdtemp(prefix="parallax-fb-")
    display = next(f":{n}" for n in range(130, 200) if not os.path.exists(f"/tmp/.X{n}-lock"))
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1600x1000x24", "-fbdir", fbdir, "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        path = os.path.join(fbdir, "Xvfb_screen0")
        for _ in range(100):
            if os.path.exists(path) and os.path.exists(f"/tmp/.X11-unix/X{display[1:]}"):
                break
            time.sleep(0.05)
        screen = Screen(path)
        vs = variants()
        results = {name: [] for name, *_ in vs}
        for name, cmd, env in vs:  # one unmeasured start each: page cache, font cache
            run(cmd, env, display, screen)
        for _ in range(runs):
            for name, cmd, env in vs:
                results[name].append(run(cmd, env, display, screen))
        lines = [f"paint-time {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}, {runs} runs, "
                 f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}",
                 f"{'variant':8} {'window':>7} {'painted':>8} {'probe':>6}   (medians, ms from launch; probe: in-app, since JVM start)"]
        med = {}
        for name, rs in results.items():
            w, c, p = (median([r[i] if i < 2 else (int(r[2]) if r[2] else None) for r in rs]) for i in range(3))
            med[name] = (w, c, p)
            lines.append(f"{name:8} {w!s:>7} {c!s:>8} {p!s:>6}   runs: "
                         + " ".join(f"{r[0] and round(r[0])}/{r[1] and round(r[1])}" for r in rs))
        empty = med["empty"][1]
        for name in [n for n in med if n != "empty"]:
            c = med[name][1]
            if empty and c:
                lines.append(f"{name}: seed comparison painted / empty window painted = {c / empty:.2f}")
        text = "\n".join(lines)
        print(text)
        os.makedirs(os.path.join(ROOT, "bench-results"), exist_ok=True)
        with open(os.path.join(ROOT, "bench-results", time.strftime("paint-%Y%m%dT%H%M%SZ.txt", time.gmtime())), "w") as f:
            f.write(text + "\n")
    finally:
        xvfb.terminate()
        shutil.rmtree(fbdir, ignore_errors=True)


if __name__ == "__main__":
    main()
