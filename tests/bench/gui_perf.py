#!/usr/bin/env python3
"""Start-up, unlock, memory and idle-CPU measurements of the real GUI, side by side with peers.

Each application runs on its own Xvfb screen with a fresh HOME, on a prepared database of the same
number of accounts, and is measured from the outside the same way (docs/performance.md):

  window   launch -> its first top-level window is mapped
  painted  launch -> that window shows content that stays the same for two polls (the unlock page)
  unlock   password typed and Enter pressed -> the window changed over most of its area and settled
           (the account list is painted)
  rss      resident memory (VmRSS) two seconds after the list is painted
  idle_cpu CPU time (user + system) used over the idle period that follows, list on screen

Tessera also prints its own figure ("unlock page painted N ms after process start", counted from
the kernel's start time of the process with the password field focused), reported as painted_internal.
"tessera-min-kdf" is Tessera again on a vault made with the smallest key derivation (1 pass, 8 MiB):
its unlock time is what Tessera costs beyond the key derivation.

tests/bench/perf_report.py runs this together with the core benchmarks and the scan comparison and
checks every target of docs/performance.md.

Usage: tests/bench/gui_perf.py [--runs N] [--accounts N] [--idle SECONDS] [--build DIR] [--peers a,b]
Needs: Xvfb, xdotool, xwd (x11-apps), keepassxc (packaging/install-deps.sh installs them).
"""

import argparse
import base64
import os
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSWORD = "perf harness password 1"
POLL_S = 0.01


def now():
    return time.monotonic()


def run(cmd, **kwargs):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kwargs)


class Screen:
    """One Xvfb screen for one application run."""

    def __init__(self, number):
        self.display = f":{number}"
        self.proc = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = now() + 10
        while now() < deadline:
            if subprocess.run(["xdpyinfo", "-display", self.display], capture_output=True).returncode == 0:
                return
            time.sleep(0.05)
        raise RuntimeError(f"Xvfb did not start on {self.display}")

    def close(self):
        self.proc.terminate()
        self.proc.wait()


def visible_windows(display, pid):
    result = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
                            capture_output=True, text=True, env={**os.environ, "DISPLAY": display})
    return [int(w) for w in result.stdout.split()]


def window_sample(display, window):
    """(width x height, every 61st pixel of the window as bytes), read with xwd; None when it cannot be read."""
    result = subprocess.run(["xwd", "-silent", "-id", str(window), "-display", display], capture_output=True)
    data = result.stdout
    if result.returncode != 0 or len(data) < 100:
        return None
    fields = struct.unpack(">25I", data[:100])
    header_size, width, height, bits_per_pixel, ncolors = fields[0], fields[4], fields[5], fields[11], fields[19]
    pixels = data[header_size + ncolors * 12:]
    step = bits_per_pixel // 8
    if step <= 0:
        return None
    return width * height, b"".join(pixels[i:i + 3] for i in range(0, len(pixels) - step, step * 61))


def distinct_pixels(sample):
    return len({sample[i:i + 3] for i in range(0, len(sample) - 2, 3)})


def changed_fraction(a, b):
    if a is None or b is None or len(a) != len(b):
        return 1.0
    n = len(a) // 3
    changed = sum(1 for i in range(0, n * 3, 3) if a[i:i + 3] != b[i:i + 3])
    return changed / max(1, n)


def wait_painted(display, pid, start, timeout=30):
    """(window id, seconds to mapped, seconds to painted and settled) of the application's largest window."""
    mapped_at = None
    previous = None
    deadline = start + timeout
    while now() < deadline:
        largest = None
        for window in visible_windows(display, pid):
            sample = window_sample(display, window)
            if sample is not None and (largest is None or sample[0] > largest[1][0]):
                largest = (window, sample)
        if largest is not None:
            if mapped_at is None:
                mapped_at = now() - start
            window, (area, pixels) = largest
            if area > 10000 and distinct_pixels(pixels) > 8 and (window, pixels) == previous:
                return window, mapped_at, now() - start
            previous = (window, pixels)
        time.sleep(POLL_S)
    raise RuntimeError("the window was not painted in time")


def wait_changed(display, window, before, start, timeout=60, fraction=0.2):
    """Seconds from start until the window changed over `fraction` of its area and settled."""
    previous = None
    deadline = start + timeout
    while now() < deadline:
        sample = window_sample(display, window)
        sample = sample[1] if sample is not None else None
        if sample is not None and changed_fraction(before, sample) >= fraction and sample == previous:
            return now() - start
        previous = sample
        time.sleep(POLL_S)
    raise RuntimeError("the window did not change in time")


def cpu_seconds(pid):
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def rss_mib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def account_uris(count):
    issuers = ["GitHub", "Google", "AWS", "Dropbox", "Fastmail", "GitLab", "Microsoft", "Slack", "Proton", "Apple"]
    secrets = ["JBSWY3DPEHPK3PXP", "GEZDGNBVGY3TQOJQ", "KRSXG5CTMVRXEZLU", "MFRGGZDFMZTWQ2LK"]
    for i in range(count):
        issuer = issuers[i % len(issuers)]
        yield issuer, f"user{i}@example.com", secrets[i % len(secrets)] + "A" * (i % 3) * 8


class App:
    name = ""
    unlock_only = False  # measured up to the painted list only (no memory or idle figures)

    def prepare(self, workdir, accounts):
        raise NotImplementedError

    def command(self):
        raise NotImplementedError

    def env(self):
        return {}


class Tessera(App):
    name = "tessera"

    def __init__(self, build):
        self.gui = Path(build, "app/gui/tessera")
        self.cli = Path(build, "app/cli/tessera-cli")

    def init_options(self):
        return []  # the default key derivation: the standard preset

    def prepare(self, workdir, accounts):
        self.vault = Path(workdir, "perf.tessera")
        password = Path(workdir, "password")
        password.write_text(PASSWORD + "\n")
        base = [str(self.cli), "--vault", str(self.vault), "--password-file", str(password)]
        run(base + ["init", "--recovery-key-out", str(Path(workdir, "recovery-key"))] + self.init_options())
        uris = Path(workdir, "uris.txt")
        uris.write_text("".join(f"otpauth://totp/{i}:{a}?secret={s}&issuer={i}\n"
                                for i, a, s in account_uris(accounts)))
        run(base + ["import", str(uris)])

    def command(self):
        return [str(self.gui), "--vault", str(self.vault)]

    def env(self):
        return {"TESSERA_STARTUP_TIMING": "1"}


class TesseraMinimalKdf(Tessera):
    """The same vault with Argon2id at its minimum (1 pass, 8 MiB, about 10 ms): its unlock time is
    what Tessera itself costs beyond the key derivation (opening, decrypting, listing, painting)."""
    name = "tessera-min-kdf"
    unlock_only = True

    def init_options(self):
        return ["--kdf-ops", "1", "--kdf-mem-mib", "8"]


class KeePassXC(App):
    name = "keepassxc"

    def prepare(self, workdir, accounts):
        self.database = Path(workdir, "perf.kdbx")
        entries = "".join(
            f"<Entry><UUID>{base64.b64encode((i + 2).to_bytes(16, 'big')).decode()}</UUID>"
            f"<String><Key>Title</Key><Value>{issuer}</Value></String>"
            f"<String><Key>UserName</Key><Value>{account}</Value></String>"
            f"<String><Key>otp</Key><Value>otpauth://totp/{issuer}:{account}?secret={secret}&amp;"
            f"period=30&amp;digits=6&amp;issuer={issuer}</Value></String></Entry>"
            for i, (issuer, account, secret) in enumerate(account_uris(accounts)))
        xml = Path(workdir, "perf.xml")
        xml.write_text('<?xml version="1.0" encoding="UTF-8"?><KeePassFile><Meta><Generator>perf</Generator>'
                       f"</Meta><Root><Group><UUID>{base64.b64encode((1).to_bytes(16, 'big')).decode()}</UUID>"
                       f"<Name>Root</Name>{entries}</Group>"
                       "</Root></KeePassFile>")
        subprocess.run(["keepassxc-cli", "import", "-q", "--set-password", str(xml), str(self.database)],
                       input=f"{PASSWORD}\n{PASSWORD}\n", text=True, check=True, capture_output=True)

    def command(self):
        return ["keepassxc", str(self.database)]


class OtpClient(App):
    """OTPClient 3 on a fresh HOME opens its database set-up window: start-up only."""
    name = "otpclient"

    def prepare(self, workdir, accounts):
        pass

    def command(self):
        return ["otpclient"]


def shoot(args, screen, name):
    if args.shots:
        Path(args.shots).mkdir(parents=True, exist_ok=True)
        subprocess.run(["import", "-display", screen.display, "-window", "root", str(Path(args.shots, name + ".png"))],
                       check=False, capture_output=True)


def measure(app, args, display_number):
    """Medians over args.runs runs; a run that fails (a window that never appears) is tried again, twice."""
    results = []
    failures = 0
    while len(results) < args.runs:
        run_index = len(results)
        try:
            results.append(measure_once(app, args, display_number, run_index))
        except RuntimeError as error:
            failures += 1
            print(f"  {app.name} run {run_index + 1} failed ({error}); trying again", file=sys.stderr)
            if failures > 2:
                raise
    return {key: statistics.median(r[key] for r in results if key in r)
            for key in {k for r in results for k in r}}


def measure_once(app, args, display_number, run_index):
    """One run's figures."""
    workdir = Path(tempfile.mkdtemp(prefix=f"perf-{app.name}-"))
    home = workdir / "home"
    home.mkdir()
    # Its own runtime folder: single-instance sockets of a previous run cannot take the new start over.
    runtime = workdir / "runtime"
    runtime.mkdir(mode=0o700)
    app.prepare(workdir, args.accounts)
    screen = Screen(display_number)
    env = {**os.environ, "HOME": str(home), "DISPLAY": screen.display, "QT_QPA_PLATFORM": "xcb",
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local/share"),
           "XDG_CACHE_HOME": str(home / ".cache"), "XDG_RUNTIME_DIR": str(runtime), **app.env()}
    env.pop("WAYLAND_DISPLAY", None)
    log = open(workdir / "stderr.log", "w+")
    start = now()
    proc = subprocess.Popen(app.command(), env=env, stdout=subprocess.DEVNULL, stderr=log)
    row = {}
    try:
        window, row["window"], row["painted"] = wait_painted(screen.display, proc.pid, start)
        shoot(args, screen, f"{app.name}-{run_index + 1}-painted")
        if isinstance(app, OtpClient):
            return row
        time.sleep(0.5)
        before = window_sample(screen.display, window)[1]
        xenv = {**os.environ, "DISPLAY": screen.display}
        subprocess.run(["xdotool", "type", "--delay", "0", PASSWORD], env=xenv, check=True)
        submitted = now()
        subprocess.run(["xdotool", "key", "Return"], env=xenv, check=True)
        row["unlock"] = wait_changed(screen.display, window, before, submitted)
        shoot(args, screen, f"{app.name}-{run_index + 1}-unlocked")
        log.flush()
        log.seek(0)
        for line in log.read().splitlines():
            if "unlock page painted" in line:
                row["painted_internal"] = int(line.split("painted")[1].split()[0]) / 1000
        if not app.unlock_only:
            time.sleep(2)
            row["rss"] = rss_mib(proc.pid)
            cpu_before = cpu_seconds(proc.pid)
            time.sleep(args.idle)
            row["idle_cpu"] = cpu_seconds(proc.pid) - cpu_before
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
        screen.close()
        log.close()
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"  {app.name} run {run_index + 1}: " + ", ".join(f"{k}={v:.3f}" for k, v in row.items()),
          file=sys.stderr)
    return row


def add_arguments(parser):
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--accounts", type=int, default=200)
    parser.add_argument("--idle", type=float, default=60)
    parser.add_argument("--build", default="build/release")
    parser.add_argument("--peers", default="keepassxc,otpclient")
    parser.add_argument("--shots", help="save a screenshot of each measured state in this folder")


def measure_all(args):
    """{application: {figure: median}} for Tessera (standard and minimal key derivation) and the peers."""
    apps = [Tessera(args.build), TesseraMinimalKdf(args.build)]
    peers = {"keepassxc": KeePassXC, "otpclient": OtpClient}
    for name in filter(None, args.peers.split(",")):
        if shutil.which(name) is None:
            print(f"{name} is not installed: left out (packaging/install-deps.sh installs it)", file=sys.stderr)
            continue
        apps.append(peers[name]())
    return {app.name: measure(app, args, 90 + number) for number, app in enumerate(apps)}


UNITS = {"window": "s", "painted": "s", "painted_internal": "s", "unlock": "s", "rss": "MiB", "idle_cpu": "s"}


def print_table(medians, args):
    print(f"medians of {args.runs} runs, {args.accounts} accounts, {args.idle:.0f} s idle")
    print(f"{'':18}" + "".join(f"{name:>17}" for name in medians))
    for key, unit in UNITS.items():
        cells = "".join(f"{medians[n][key]:>13.3f} {unit:<3}" if key in medians[n] else f"{'-':>17}"
                        for n in medians)
        print(f"{key:18}{cells}")
    tessera = medians["tessera"]
    for name, figures in medians.items():
        if name.startswith("tessera"):
            continue
        ratios = ", ".join(f"{key} {figures[key] / tessera[key]:.1f}x" for key in UNITS
                           if key in figures and key in tessera and tessera[key] > 0)
        print(f"{name} / tessera: {ratios}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    args = parser.parse_args()
    print_table(measure_all(args), args)


if __name__ == "__main__":
    main()
