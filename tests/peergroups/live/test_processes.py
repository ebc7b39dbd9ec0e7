"""Real server processes: two ASGI workers sharing Redis, and a Redis outage without losing a post.

Each test starts uvicorn subprocesses (ports 8401–8410, the live tests' range) on the pytest
database (``transaction=True``: the data is committed, so the servers see it). The outage test
stops only a PRIVATE redis-server it started itself, never the shared one.
"""

import asyncio
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.db import connection
from websockets.asyncio.client import connect as ws_connect

from peergroups.models import Reply

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[3]
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _database_url() -> str:
    d = connection.settings_dict
    return f"postgres://{d['USER']}:{d['PASSWORD']}@{d['HOST']}:{d['PORT']}/{d['NAME']}"


class Server:
    """One uvicorn worker of the platform on ``port`` (stopped by ``stop``)."""

    def __init__(self, port: int, log: Path, redis_url: str | None = None):
        assert not _port_open(port), f"port {port} is taken"
        env = {
            **os.environ,
            "DATABASE_URL": _database_url(),
            "REDIS_URL": redis_url or settings.REDIS_URL,
            "TASKS_IMMEDIATE": "true",
            "DJANGO_SETTINGS_MODULE": "platform_site.settings",
        }
        self.port = port
        self.log = log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "platform_site.asgi:application", "--host", "127.0.0.1",
             "--port", str(port), "--log-level", "warning"],
            cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 90
        while not _port_open(port):
            assert self.process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.2)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def ws(self, path: str) -> str:
        return f"ws://127.0.0.1:{self.port}{path}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


@pytest.fixture
def servers(tmp_path):
    started: list[Server] = []

    def start(port: int, redis_url: str | None = None) -> Server:
        server = Server(port, tmp_path / f"server-{port}.log", redis_url)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def session_cookie(_client, user) -> dict:
    """A fresh session of ``user`` (a new test client each: logging in again would end the last one)."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    return {settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value}


def reply_form(server: Server, thread, cookies: dict) -> tuple[requests.Session, str]:
    """A logged-in HTTP session with the CSRF token of the thread page's reply form."""
    http = requests.Session()
    http.cookies.update(cookies)
    page = http.get(f"{server.url}{thread.get_absolute_url()}", timeout=30)
    assert page.status_code == 200
    return http, CSRF_INPUT.search(page.text).group(1)


def post_reply(server: Server, http: requests.Session, token: str, thread, body: str) -> int:
    response = http.post(
        f"{server.url}/vraagbaak/vragen/{thread.pk}/reageren/",
        data={"csrfmiddlewaretoken": token, "body": body},
        allow_redirects=False,
        timeout=30,
    )
    return response.status_code


async def _open(server: Server, path: str, cookies: dict):
    cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
    return await ws_connect(server.ws(path), additional_headers={"Cookie": cookie}, origin=server.url)


async def _until_event(socket_, kind: str, timeout: float = 20) -> dict:
    async with asyncio.timeout(timeout):
        while True:
            frame = json.loads(await socket_.recv())
            if frame.get("type") == "event" and frame["kind"] == kind:
                return frame


def test_a_reply_posted_on_one_worker_reaches_a_socket_on_the_other(make_world, client, servers):
    world = make_world("closed")
    worker_a, worker_b = servers(8401), servers(8402)
    reader = session_cookie(client, world["group_member"])
    writer = session_cookie(client, world["other_member"])
    http, token = reply_form(worker_a, world.thread, writer)

    async def scenario():
        socket_ = await _open(worker_b, f"/ws/threads/{world.thread.pk}/", reader)
        hello = json.loads(await socket_.recv())
        assert hello["type"] == "hello" and hello["me"] == world["group_member"].pk
        status = await asyncio.to_thread(post_reply, worker_a, http, token, world.thread, "Via werker A verstuurd.")
        assert status == 302
        event = await _until_event(socket_, "reply.created")
        await socket_.close()
        return hello, event

    hello, event = asyncio.run(scenario())
    assert event["seq"] == hello["seq"] + 1
    assert "Via werker A verstuurd." in event["html"]


@pytest.fixture
def private_redis(tmp_path):
    """A redis-server of this test alone (port 8410), which the test may stop and start again."""
    binary = shutil.which("redis-server")
    assert binary, "redis-server is needed (scripts/ensure_packages.sh redis-server)"
    port = 8410
    state = {}

    def start():
        assert not _port_open(port), f"port {port} is taken"
        state["process"] = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(tmp_path)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while not _port_open(port):
            assert time.monotonic() < deadline, "private redis did not start"
            time.sleep(0.05)

    def stop():
        process = state.pop("process", None)
        if process is not None:
            process.terminate()
            process.wait(timeout=10)

    start()
    yield {"url": f"redis://127.0.0.1:{port}/0", "start": start, "stop": stop}
    stop()


def test_redis_down_the_post_is_stored_and_caught_up_after_redis_returns(make_world, client, servers, private_redis):
    world = make_world("closed")
    server = servers(8403, redis_url=private_redis["url"])
    reader = session_cookie(client, world["group_member"])
    writer = session_cookie(client, world["other_member"])
    http, token = reply_form(server, world.thread, writer)
    path = f"/ws/threads/{world.thread.pk}/"

    async def first_visit():
        socket_ = await _open(server, path, reader)
        hello = json.loads(await socket_.recv())
        await socket_.close()
        return hello["seq"]

    last_seq = asyncio.run(first_visit())

    private_redis["stop"]()
    health = requests.get(f"{server.url}/healthz", timeout=30)
    assert health.status_code == 503 and "channel_layer" in health.json()["failing"]
    assert post_reply(server, http, token, world.thread, "Gepost terwijl Redis uit lag.") == 302
    assert Reply.objects.filter(thread=world.thread, body="Gepost terwijl Redis uit lag.").exists()

    private_redis["start"]()

    async def come_back():
        socket_ = await _open(server, f"{path}?after={last_seq}", reader)
        hello = json.loads(await socket_.recv())
        event = await _until_event(socket_, "reply.created")
        await socket_.close()
        return hello, event

    hello, event = asyncio.run(come_back())
    assert event["seq"] == last_seq + 1 == hello["seq"]
    assert "Gepost terwijl Redis uit lag." in event["html"]
    assert "channel_layer" not in requests.get(f"{server.url}/healthz", timeout=30).json()["failing"]
