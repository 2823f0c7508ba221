"""``python -m everruns.testing``: serve the local Everruns API until Ctrl-C."""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from ._releases import RELEASE_ENV
from ._server import LocalServer


def main(argv: list[str] | None = None) -> int:
    """Parse options, start the server, print where it is, wait for Ctrl-C (or SIGTERM)."""
    parser = argparse.ArgumentParser(prog="python -m everruns.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default %(default)s)")
    parser.add_argument("--port", type=int, default=8080, help="port, 0 for any free one (default %(default)s)")
    parser.add_argument("--prefix", default="/api", help="path prefix of the API (default %(default)s)")
    parser.add_argument("--api-key", action="append", dest="api_keys", help="accepted key; repeatable (default dev)")
    parser.add_argument("--turn-delay", type=float, default=0.02, help="seconds between simulated turn events")
    parser.add_argument("--heartbeat-interval", type=float, default=30.0, help="seconds between SSE heartbeats")
    parser.add_argument("--cycle-interval", type=float, default=300.0, help="seconds before an SSE connection cycles")
    parser.add_argument(
        "--release",
        help=f"answer like the release of this date, without fields added since (default ${RELEASE_ENV} or latest)",
    )
    args = parser.parse_args(argv)

    server = LocalServer(
        host=args.host,
        port=args.port,
        prefix=args.prefix,
        api_keys=args.api_keys or ["dev"],
        turn_delay=args.turn_delay,
        heartbeat_interval=args.heartbeat_interval,
        cycle_interval=args.cycle_interval,
        release=args.release,
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with server:
        try:  # from the first line printed: a Ctrl-C may come as soon as the URL is read
            print(f"Everruns local server at {server.url}", flush=True)
            print(f"API key: {', '.join(sorted(server.api_keys))}", flush=True)
            if server.release is not None:
                print(f"Answering like the release of {server.release}", flush=True)
            print("Press Ctrl-C to stop.", flush=True)
            while not stop.wait(1.0):
                pass
        except KeyboardInterrupt:
            pass
    print("Stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
