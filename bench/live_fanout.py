"""WebSocket fan-out on one thread: the full stack against a bare Channels consumer, in one run.

Usage: .venv/bin/python bench/live_fanout.py [--clients 10 100 500] [--posts 15] [--burst 15]
                                             [--workers 2] [--port 8450] [--time-limit 900]

Starts the production-like server (uvicorn, ``--workers`` processes, PRODUCTION settings,
PostgreSQL, the Redis channel layer) with ``LIVE_BENCH_BARE=true`` so ``/ws/bench/bare/``
is routed. A separate client process (asyncio, the ``websockets`` package) opens N sockets
for every N in ``--clients``:

* **full stack**: N logged-in members (one session cookie each) on ``/ws/threads/<id>/`` of
  one portal question. Each post is a real HTTP POST of a reply by a member (session auth,
  CSRF, the policy, the database write, after-commit fan-out through Redis). Latency is
  "POST sent → event received" per delivery; each reply carries a marker in its body.
* **bare**: N anonymous sockets on ``/ws/bench/bare/`` (no auth, no database); the client
  process ``group_send``s each message to the group through the same Redis. This is the
  ceiling: the cost of Channels + Redis + uvicorn + this client alone.

Per N and mode: ``--posts`` messages one at a time (the next once all N have it, or after
5 s) give latency p50/p95/p99; then ``--burst`` messages back to back give deliveries per
second (N × burst / time to the last delivery). Lost = expected − received (by marker and,
for the thread, gaps in each socket's ``seq``). The whole client run is bounded by
``--time-limit``. Writes the "live" section of docs/PERFORMANCE.md and bench/results/live.json.

Environment: ``BENCH_DATABASE`` (default platform_bench) and ``BENCH_REDIS_URL`` (default: the
services' Redis) pick the database and Redis database.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import re
import resource
import secrets
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import harness  # noqa: E402

POSTERS = 40
#: Untimed messages before each row's latency loop (counted in deliveries and losses, not in latency).
WARMUP_MESSAGES = 4
THREAD_TITLE = "Bench: live fan-out"
BARE_GROUP = "bench.bare"
MARK = re.compile(r"lfmark(\d+)x(\d+)")
SETTLE_S = 1.0  # quiet time after connecting (presence frames of the joins) before measuring
SETTLE_LIMIT_S = 60.0  # measure anyway after this long (reported as "not settled")
DRAIN_LIMIT_S = 30.0  # after the burst, how long stragglers may still come
DELIVERY_WAIT_S = 5.0  # per message in the latency phase
STRAGGLER_WAIT_S = 10.0  # after a burst


# --- the bench process: data, server, report ------------------------------------------------


def raise_open_file_limit() -> int:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = hard if hard != resource.RLIM_INFINITY else 65536
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def member(email: str, first: str, last: str):
    """A verified member account (no usable password: sessions are made directly)."""
    from allauth.account.models import EmailAddress

    from peergroups.models import MemberProfile, User
    from peergroups.organisations import actions

    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email=email, password=None, first_name=first, last_name=last)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        profile = actions.do_create_member_profile(user)
        profile.status = MemberProfile.Status.MEMBER
        profile.save()
    return user


def prepare(clients: int) -> dict:
    """Members, posters, one portal question and a session cookie per socket."""
    import datetime as dt

    from django.utils import timezone

    from peergroups.models import Reply, Thread
    from peergroups.portal import actions as thread_actions

    listeners = [member(f"lf-{i}@bench.example", "Lezer", f"{i}") for i in range(clients)]
    posters = [member(f"lf-poster-{i}@bench.example", "Schrijver", f"{i}") for i in range(POSTERS)]
    # The reply rate limit counts the last ten minutes: earlier bench runs must not count.
    Reply.objects.filter(author__in=posters).update(created_at=timezone.now() - dt.timedelta(hours=1))
    thread = Thread.objects.filter(title=THREAD_TITLE).first()
    if thread is None:
        thread = thread_actions.do_create_thread(
            posters[0],
            thread_actions.get_portal(),
            kind=Thread.Kind.QUESTION,
            title=THREAD_TITLE,
            body="Een vraag om live fan-out te meten.",
            themes=[],
            is_anonymous=False,
            poll_options=[],
        )
    return {
        "thread_id": thread.pk,
        "listener_cookies": [harness.session_cookie_for(u.email) for u in listeners],
        "poster_cookies": [harness.session_cookie_for(u.email) for u in posters],
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, nargs="+", default=[10, 100, 500])
    parser.add_argument("--posts", type=int, default=15)
    parser.add_argument("--burst", type=int, default=15)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8450)
    parser.add_argument("--time-limit", type=int, default=900, help="seconds for the whole client run")
    args = parser.parse_args()
    if len(args.clients) * (args.posts + args.burst + WARMUP_MESSAGES) > POSTERS * 10:
        sys.exit("More replies than the posters' rate limit allows; lower --posts/--burst.")

    open_files = raise_open_file_limit()  # the server inherits it
    load_before = os.getloadavg()[0]
    redis_url = os.environ.get("BENCH_REDIS_URL") or harness.services_env()["REDIS_URL"]
    # Warnings on: a publish that failed or timed out is logged ("live: could not publish").
    extra = {"REDIS_URL": redis_url, "LIVE_BENCH_BARE": "true", "LOG_LEVEL": "WARNING"}
    harness.setup_django(extra)
    harness.collectstatic()
    fixture = prepare(max(args.clients))
    config = {
        "clients": args.clients,
        "posts": args.posts,
        "burst": args.burst,
        "redis_url": redis_url,
        "run": secrets.randbelow(10**6),
        **fixture,
    }
    config_file = harness.RESULTS / "live-fanout-config.json"
    harness.RESULTS.mkdir(parents=True, exist_ok=True)
    config_file.write_text(json.dumps(config))
    try:
        with harness.production_server(workers=args.workers, port=args.port, extra_env=extra) as base:
            config["base"] = base
            config_file.write_text(json.dumps(config))
            done = subprocess.run(
                [sys.executable, __file__, "--client", str(config_file)],
                capture_output=True,
                text=True,
                timeout=args.time_limit,
                env={k: v for k, v in os.environ.items() if not k.startswith("DJANGO")},
            )
    finally:
        config_file.unlink(missing_ok=True)
    sys.stderr.write(done.stderr)
    if done.returncode != 0:
        sys.exit(f"client process failed ({done.returncode})")
    rows = json.loads(done.stdout.strip().splitlines()[-1])
    server_log = harness.RESULTS / f"server-{args.port}.log"
    failed_publishes = server_log.read_text(errors="replace").count("could not publish") if server_log.exists() else 0
    report(rows, args, open_files, load=(load_before, os.getloadavg()[0]), failed_publishes=failed_publishes)


def report(rows: list[dict], args, open_files: int, load: tuple[float, float], failed_publishes: int) -> None:
    by = {(r["mode"], r["clients"]): r for r in rows}
    for row in rows:
        bare = by.get(("bare", row["clients"]))
        if row["mode"] == "full" and bare and bare["p95_ms"]:
            row["p95_vs_bare"] = round(row["p95_ms"] / bare["p95_ms"], 2)
        print(
            f"{row['mode']:5} {row['clients']:4} clients  p50 {row['p50_ms']:7} ms  p95 {row['p95_ms']:7} ms  "
            f"p99 {row['p99_ms']:7} ms  {row['deliveries_per_s']:8} deliveries/s  lost {row['lost']}  "
            f"seq gaps {row.get('seq_gaps', '-')}  connect {row['connect_s']} s"
        )
    biggest = max(args.clients)
    full, bare = by.get(("full", biggest)), by.get(("bare", biggest))
    verdict = ""
    if full and bare and bare["p95_ms"]:
        ratio = full["p95_ms"] / bare["p95_ms"]
        lost = sum(r["lost"] for r in rows)
        verdict = (
            f"\n\nTarget at {biggest} clients: full-stack p95 ≤ 2× bare p95 and zero lost. "
            f"Measured: {ratio:.2f}× ({full['p95_ms']} ms vs {bare['p95_ms']} ms), {lost} lost in the whole run — "
            + ("**met**." if ratio <= 2 and lost == 0 else "**missed**.")
        )
    columns = [
        ("mode", "mode"),
        ("clients", "clients"),
        ("messages", "messages"),
        ("deliveries", "deliveries"),
        ("p50_ms", "p50 ms"),
        ("p95_ms", "p95 ms"),
        ("p99_ms", "p99 ms"),
        ("p95_vs_bare", "p95 ÷ bare"),
        ("first_p50_ms", "to 1st socket p50 ms"),
        ("spread_p50_ms", "1st→last socket p50 ms"),
        ("deliveries_per_s", "deliveries/s (burst)"),
        ("lost", "lost"),
        ("seq_gaps", "seq gaps"),
        ("sockets_behind", "sockets missing the tail"),
        ("connect_s", "connect all (s)"),
        ("settle_s", "quiet after (s)"),
        ("join_frames_per_socket", "frames per socket while joining"),
        ("join_mb_total", "MB received while joining"),
    ]
    markdown = (
        f"WebSocket clients on **one thread**, in a separate asyncio process (`websockets`), against uvicorn with "
        f"{args.workers} workers (PRODUCTION settings, PostgreSQL, Redis channel layer; open-file limit {open_files}). "
        "**full** = logged-in members (one session each) on `/ws/threads/<id>/`; a message is an HTTP POST of a "
        "reply by a member (session, CSRF, policy, database write, after-commit fan-out), latency from sending the "
        "POST to the event at each socket. **bare** = `/ws/bench/bare/` (no auth, no database), the bench process "
        "`group_send`s through the same Redis: the ceiling. Latency: "
        f"{args.posts} messages one at a time per row, after {WARMUP_MESSAGES} untimed warm-up messages (fresh "
        "workers load code and templates on their first replies); deliveries/s: {args.burst} messages back to back. "
        "Lost = expected − received by marker; seq gaps = holes in a socket's `seq`. Per message, "
        "'to 1st socket' is the time until the first socket has it (for full: the HTTP request, write, commit "
        "and publish) and '1st→last' the spread of the fan-out itself. 'quiet after' = how long the sockets kept "
        "receiving (presence frames of the joins) after the last one connected; measuring starts when they are "
        f"quiet for {SETTLE_S:.0f} s or after {SETTLE_LIMIT_S:.0f} s. Deliveries/s for full is bounded by sending the "
        "POSTs one after the other (each waits for its response).\n\n"
        + harness.table(rows, columns)
        + verdict
        + f"\n\nPublishes that failed or timed out in the server (log lines 'live: could not publish'): "
        f"{failed_publishes}."
        + f"\n\nMachine load (1-minute load average) at start / end: {load[0]:.1f} / {load[1]:.1f} on "
        f"{os.cpu_count()} cores" + (" — other work was running: noisy figures." if max(load) > 1.5 else ".")
    )
    harness.write_report(
        "live",
        "Live: WebSocket fan-out on one thread (full stack vs bare consumer)",
        markdown,
        {"command": "python bench/live_fanout.py " + " ".join(sys.argv[1:]), "rows": rows},
    )


# --- the client process ---------------------------------------------------------------------


class Listener:
    """One socket: records when each marked message arrived and the seqs it saw."""

    def __init__(self, index: int):
        self.index = index
        self.ws = None
        self.arrived: dict[int, float] = {}
        self.seqs: list[int] = []
        self.last_frame = 0.0
        self.frames = 0
        self.bytes = 0
        self.task = None

    async def run(self, run_id: int, parse_event: bool):
        async for raw in self.ws:
            now = time.perf_counter()
            self.last_frame = now
            self.frames += 1
            self.bytes += len(raw)
            if parse_event:
                if '"event"' not in raw:
                    continue  # hello, presence, heartbeat answers
                frame = json.loads(raw)
                if frame.get("type") != "event":
                    continue
                self.seqs.append(int(frame["seq"]))
                found = MARK.search(frame.get("html") or "")
            else:
                found = MARK.search(raw)
            if found and int(found.group(1)) == run_id:
                self.arrived.setdefault(int(found.group(2)), now)


async def open_sockets(url: str, n: int, headers_for, origin: str, run_id: int, parse_event: bool):
    from websockets.asyncio.client import connect

    listeners = [Listener(i) for i in range(n)]
    started = time.perf_counter()

    async def open_one(listener):
        for attempt in range(5):
            try:
                listener.ws = await connect(
                    url,
                    origin=origin,
                    additional_headers=headers_for(listener.index),
                    compression=None,
                    ping_interval=None,
                    open_timeout=30,
                    max_size=2**20,
                )
                break
            except Exception:  # noqa: BLE001 - retried, then reported
                if attempt == 4:
                    raise
                await asyncio.sleep(0.5 * (attempt + 1))
        listener.task = asyncio.create_task(listener.run(run_id, parse_event))

    batch = 25
    for start in range(0, n, batch):
        await asyncio.gather(*(open_one(listener) for listener in listeners[start : start + batch]))
    connect_s = time.perf_counter() - started
    # Let the join storm (presence frames to everybody) die down before measuring; None when it did not.
    settled = time.perf_counter()
    deadline = settled + SETTLE_LIMIT_S
    while True:
        await asyncio.sleep(0.25)
        newest = max((listener.last_frame for listener in listeners), default=0)
        if time.perf_counter() - newest > SETTLE_S:
            settle_s = max(0.0, round(time.perf_counter() - settled - SETTLE_S, 1))
            break
        if time.perf_counter() > deadline:
            settle_s = None
            break
    joining = {
        "join_frames_per_socket": round(sum(x.frames for x in listeners) / max(1, n)),
        "join_mb_total": round(sum(x.bytes for x in listeners) / 1e6, 1),
    }
    return listeners, round(connect_s, 2), settle_s, joining


async def close_sockets(listeners):
    for listener in listeners:
        listener.task.cancel()
    await asyncio.gather(*(listener.ws.close() for listener in listeners), return_exceptions=True)


async def heartbeats(listeners, stop: asyncio.Event):
    """Presence heartbeats as a browser sends them (viewers expire after 60 s without)."""
    while not stop.is_set():
        try:
            await asyncio.wait_for(stop.wait(), timeout=25)
        except TimeoutError:
            for listener in listeners:
                # A closed socket shows up as lost messages.
                with contextlib.suppress(Exception):
                    await listener.ws.send('{"type":"heartbeat"}')


async def wait_for(listeners, numbers: list[int], timeout: float) -> None:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if all(all(k in listener.arrived for k in numbers) for listener in listeners):
            return
        await asyncio.sleep(0.005)


def post_reply(base: str, thread_id: int, cookie: str, body: str) -> int:
    """POST a reply like the browser's form (session + CSRF); returns the HTTP status."""
    import http.client
    import urllib.parse

    token = secrets.token_hex(16)  # 32 characters: a valid CSRF secret, echoed in the cookie
    host = urllib.parse.urlsplit(base).netloc
    connection = http.client.HTTPConnection(host, timeout=30)
    try:
        connection.request(
            "POST",
            f"/vraagbaak/vragen/{thread_id}/reageren/",
            body=urllib.parse.urlencode({"csrfmiddlewaretoken": token, "body": body, "parent": ""}),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"{cookie}; csrftoken={token}",
                "Origin": base,
                "Referer": base + f"/vraagbaak/vragen/{thread_id}/",
            },
        )
        return connection.getresponse().status
    finally:
        connection.close()


def stream_seq(base: str, thread_id: int, cookie: str) -> int:
    import urllib.request

    request = urllib.request.Request(
        f"{base}/vraagbaak/vragen/{thread_id}/live/?after=999999999", headers={"Cookie": cookie}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return int(json.loads(response.read())["seq"])


class Sender:
    """Sends message number k: an HTTP reply (full) or a group_send (bare); returns its send time."""

    def __init__(self, config: dict, mode: str):
        self.config = config
        self.mode = mode
        self.next_poster = 0
        self.layer = None
        self.statuses: dict[int, int] = {}

    async def send(self, k: int) -> float:
        run_id = self.config["run"]
        body = f"Live bench lfmark{run_id}x{k}x bericht {k}."
        if self.mode == "bare":
            if self.layer is None:
                from channels_redis.core import RedisChannelLayer

                # The server's settings: same hosts, default prefix.
                self.layer = RedisChannelLayer(hosts=[self.config["redis_url"]], capacity=1500, expiry=30)
            sent = time.perf_counter()
            await self.layer.group_send(BARE_GROUP, {"type": "bench.message", "text": body})
            return sent
        cookie = self.config["poster_cookies"][self.next_poster % len(self.config["poster_cookies"])]
        self.next_poster += 1
        sent = time.perf_counter()
        status = await asyncio.to_thread(post_reply, self.config["base"], self.config["thread_id"], cookie, body)
        self.statuses[status] = self.statuses.get(status, 0) + 1
        return sent


async def measure(config: dict, mode: str, n: int, sender: Sender, first_k: int) -> dict:
    base = config["base"]
    ws_base = base.replace("http://", "ws://")
    if mode == "full":
        url = f"{ws_base}/ws/threads/{config['thread_id']}/"
        cookies = config["listener_cookies"]

        def headers_for(i):
            return {"Cookie": cookies[i]}
    else:
        url = f"{ws_base}/ws/bench/bare/"

        def headers_for(i):
            return {}

    listeners, connect_s, settle_s, joining = await open_sockets(
        url, n, headers_for, base, config["run"], mode == "full"
    )
    stop = asyncio.Event()
    beating = asyncio.create_task(heartbeats(listeners, stop))
    sent_at: dict[int, float] = {}
    # Warm-up, untimed: the first replies through fresh server workers (one per worker and then some)
    # load code and templates; steady state is what the latency rows report.
    k = first_k
    for _ in range(WARMUP_MESSAGES):
        sent_at[k] = await sender.send(k)
        await wait_for(listeners, [k], DELIVERY_WAIT_S)
        k += 1
    first_k = k
    # Latency: one message at a time.
    for _ in range(config["posts"]):
        sent_at[k] = await sender.send(k)
        await wait_for(listeners, [k], DELIVERY_WAIT_S)
        await asyncio.sleep(0.05)
        k += 1
    latency_numbers = list(range(first_k, k))
    # Throughput: a burst back to back.
    burst_numbers = list(range(k, k + config["burst"]))
    burst_start = time.perf_counter()
    for number in burst_numbers:
        sent_at[number] = await sender.send(number)
    await wait_for(listeners, burst_numbers, STRAGGLER_WAIT_S)
    arrivals = [
        listener.arrived[number] for listener in listeners for number in burst_numbers if number in listener.arrived
    ]
    burst_s = (max(arrivals) - burst_start) if arrivals else 0
    # Stragglers: wait until the sockets are quiet (2 s) before counting what never came.
    deadline = time.perf_counter() + DRAIN_LIMIT_S
    while time.perf_counter() < deadline:
        await asyncio.sleep(0.25)
        if time.perf_counter() - max(listener.last_frame for listener in listeners) > 2.0:
            break
    stop.set()
    beating.cancel()
    numbers = list(range(first_k - WARMUP_MESSAGES, first_k)) + latency_numbers + burst_numbers
    latencies = [
        (listener.arrived[number] - sent_at[number]) * 1000
        for listener in listeners
        for number in latency_numbers
        if number in listener.arrived
    ]
    # Where the time goes, per message: until the first socket has it (request, write, commit, publish)
    # and from the first to the last socket (the fan-out itself).
    firsts, spreads = [], []
    for number in latency_numbers:
        times = [listener.arrived[number] for listener in listeners if number in listener.arrived]
        if times:
            firsts.append((min(times) - sent_at[number]) * 1000)
            spreads.append((max(times) - min(times)) * 1000)
    received = sum(1 for listener in listeners for number in numbers if number in listener.arrived)
    expected = n * len(numbers)
    row = {
        "mode": mode,
        "clients": n,
        "messages": len(numbers),
        "deliveries": received,
        "p50_ms": round(harness.percentile(latencies, 50), 1),
        "p95_ms": round(harness.percentile(latencies, 95), 1),
        "p99_ms": round(harness.percentile(latencies, 99), 1),
        "first_p50_ms": round(harness.percentile(firsts, 50), 1),
        "spread_p50_ms": round(harness.percentile(spreads, 50), 1),
        "deliveries_per_s": round(len(arrivals) / burst_s) if burst_s else 0,
        "lost": expected - received,
        "connect_s": connect_s,
        "settle_s": settle_s if settle_s is not None else f"> {SETTLE_LIMIT_S:.0f}",
        **joining,
    }
    if mode == "full":
        gaps = 0
        for listener in listeners:
            seqs = sorted(set(listener.seqs))
            if seqs:
                gaps += (seqs[-1] - seqs[0] + 1) - len(seqs)
        row["seq_gaps"] = gaps
        # The stream's own last seq (the polling endpoint): a socket whose last seq is below it missed the
        # tail, i.e. an event that was stored but never published to it (nothing later revealed the gap).
        latest = await asyncio.to_thread(stream_seq, base, config["thread_id"], config["poster_cookies"][0])
        row["sockets_behind"] = sum(1 for listener in listeners if (max(listener.seqs, default=0)) < latest)
        row["post_statuses"] = dict(sender.statuses)
    await close_sockets(listeners)
    return row


async def client_main(config: dict) -> list[dict]:
    rows = []
    k = 0
    senders = {"full": Sender(config, "full"), "bare": Sender(config, "bare")}
    for n in config["clients"]:
        for mode in ("bare", "full"):
            sender = senders[mode]
            sender.statuses = {}
            row = await measure(config, mode, n, sender, k)
            k += row["messages"]
            print(json.dumps(row), file=sys.stderr, flush=True)
            rows.append(row)
            await asyncio.sleep(2)  # let the server forget the previous sockets
    return rows


def client(config_path: str) -> None:
    raise_open_file_limit()
    config = json.loads(Path(config_path).read_text())
    try:
        import uvloop

        rows = uvloop.run(client_main(config))
    except ImportError:
        rows = asyncio.run(client_main(config))
    print(json.dumps(rows))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--client":
        client(sys.argv[2])
    else:
        main()
