"""Schema check: every Webcast method, encoded by TikTokLive's own schema, read by livecore.

Run it with ``make interop`` after ``tiktoklive_check.py`` (it needs the
separate ``.venv-interop``: TikTokLive and its schema package are not
dependencies of livecore). For each of the 62 methods of TikTokLive 7.0.1's
``EVENT_MAPPINGS`` (method -> event class, a subclass of the message's
``betterproto2`` class), and for several seeds:

1. A message is drawn with a random value in every field at every depth
   (down to :data:`MAX_DEPTH` nested messages, repeated fields and maps of
   1 to :data:`MAX_REPEAT` items): negative numbers for the signed kinds,
   the extremes of each kind, float32 and double, valid unicode strings,
   bytes, every listed enum value, nested and repeated messages, maps.
2. betterproto2 serializes it (``bytes(message)``) and parses it back: those
   values, as TikTokLive reads them, are the expected ones.
3. The payload is wrapped in a Message of that method, in a FetchResult, in
   a gzip ``msg`` frame (``livecore.frames.encode_msg_frame``) and fed to a
   fresh ``livecore.Connection``.
4. The event must be livecore's class of the same name as TikTokLive's; then
   every field of TikTokLive's schema is compared by name, recursively: the
   event (and each nested view) must have an attribute of that name holding
   the same value (enums as ints, repeated fields in order, maps as mappings,
   float32 approximately). Where livecore's convenience shadows a field
   (``docs/events.md``: ``method``, ``room_id``, ``JoinEvent.user_id``,
   ``GiftEvent.repeat_end``) the field is read from ``event.fields``.

Then a walk of both schemas, type by type and without values, covers what the
draws leave unset (below MAX_DEPTH), and every enum's values.

Every difference is collected, not just the first: a field livecore lacks, a
value read differently, a field of the same name whose type or number
differs. A nested message livecore declares without fields (a type its table
does not list) while TikTokLive's schema has fields in it is counted apart, as
depth livecore does not type: informational, not a failure; so are the
fields TikTokLive names ``deprecated*`` (TikTok no longer sends them) and enum
values livecore has no name for. Exit status 0
when nothing differs, 1 otherwise.

The drawing is ``schema_draw.py``'s, the comparing ``schema_compare.py``'s,
and the kinds of field both name ``schema_kinds.py``'s.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter
from collections.abc import Sequence
from typing import Any

from livecore import Connection
from livecore.events import MessageErrorEvent
from livecore.frames import encode_msg_frame
from livecore.messages import METHODS
from livecore.proto import pb

warnings.filterwarnings("ignore", category=DeprecationWarning)

from schema_compare import Comparer, Report  # noqa: E402
from schema_draw import MAX_DEPTH, Drawer, steer  # noqa: E402
from TikTokLive.__version__ import PACKAGE_VERSION  # noqa: E402
from TikTokLive.events.proto_events import EVENT_MAPPINGS  # noqa: E402

SEEDS = 6
"""Messages drawn per method (each with its own seed)."""

ROOM = 7312345678901234567

#: Fields whose name a convenience of livecore's takes on the event
#: (docs/events.md, "the convenience wins"): read from ``event.fields``.
SHADOWED_EVERYWHERE = frozenset({"method", "room_id"})
SHADOWED_BY_EVENT = {"JoinEvent": frozenset({"user_id"}), "GiftEvent": frozenset({"repeat_end"})}

#: Custom events livecore derives from a method's message, besides its own event.
CUSTOM = {
    "SocialEvent": {"FollowEvent", "ShareEvent"},
    "ControlEvent": {"LivePauseEvent", "LiveUnpauseEvent", "LiveEndEvent"},
    "BarrageEvent": {"SuperFanEvent", "SuperFanJoinEvent"},
    "EnvelopeEvent": {"SuperFanBoxEvent"},
}


# ---- one method through livecore ----------------------------------------------------


def livecore_events(method: str, payload: bytes, msg_id: int) -> list[Any]:
    """What a fresh connection makes of one msg frame holding one message."""
    connection = Connection(unique_id="schema_check", room_id=ROOM, validate=True)
    message = pb.Message(method=method, payload=payload, msg_id=msg_id)
    connection.receive_data(encode_msg_frame(pb.FetchResult(messages=[message], cursor="c1")))
    return connection.events()


def check_method(report: Report, method: str, tt_cls: Any, seed: int) -> None:
    lc_cls = METHODS.get(method)
    if lc_cls is None:
        report.events.append(f"{method}: livecore has no event for it")
        return
    if lc_cls.__name__ != tt_cls.__name__:
        report.events.append(
            f"{method}: TikTokLive's {tt_cls.__name__}, livecore's {lc_cls.__name__}"
        )
    drawn = Drawer(seed).message(tt_cls)
    steer(method, drawn, seed)
    payload = bytes(drawn)
    expected = tt_cls.parse(payload)  # the values as TikTokLive reads them
    if bytes(expected) != payload:
        report.events.append(f"{method} seed {seed}: betterproto2 does not round-trip its own draw")
    events = livecore_events(method, payload, msg_id=seed + 1)
    errors = [e for e in events if isinstance(e, MessageErrorEvent)]
    if errors:
        report.events.append(f"{method} seed {seed}: livecore could not decode it: {errors[0]}")
        return
    own = [e for e in events if type(e) is lc_cls]
    custom = [e for e in events if isinstance(e, lc_cls) and type(e) is not lc_cls]
    if len(own) != 1:
        report.events.append(f"{method} seed {seed}: {len(own)} {lc_cls.__name__}, not 1")
        return
    for event in custom:
        if type(event).__name__ not in CUSTOM.get(lc_cls.__name__, set()):
            report.events.append(f"{method} seed {seed}: undocumented {type(event).__name__}")
    shadowed = SHADOWED_EVERYWHERE | SHADOWED_BY_EVENT.get(lc_cls.__name__, frozenset())
    report.custom.update(type(e).__name__ for e in custom)
    for event in (*own, *custom):
        Comparer(report, method).message("", expected, event, event.fields, shadowed)


# ---- the report -----------------------------------------------------------------------


def table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> list[str]:
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def print_report(report: Report, methods: int, seeds: int) -> None:
    compared = sum(report.compared.values())
    print(
        f"TikTokLive {PACKAGE_VERSION}'s schema against livecore: {methods} methods x "
        f"{seeds} seeds, depth {MAX_DEPTH}, {compared:,} values compared"
    )
    print("  by kind: " + ", ".join(f"{k} {n:,}" for k, n in sorted(report.compared.items())))
    if report.events:
        print(f"\nevents not as expected ({len(report.events)}):")
        for line in report.events:
            print(f"  {line}")
    if report.schema:
        rows = [
            (owner, name, what, f.expected, f.got, str(len(f.methods)), f.where())
            for (owner, name, what), f in sorted(report.schema.items())
        ]
        print(f"\nfields of TikTokLive's schema livecore lacks or types otherwise ({len(rows)}):")
        header = ("livecore type", "field", "what", "TikTokLive", "livecore", "methods", "where")
        for line in table(rows, header):
            print(f"  {line}")
    if report.values:
        rows = [
            (method, path, what, f.expected, f.got, str(f.count))
            for (method, path, what), f in sorted(report.values.items())
        ]
        print(f"\nvalues livecore read differently ({len(rows)}):")
        for line in table(rows, ("method", "field path", "what", "expected", "got", "times")):
            print(f"  {line}")
    print(
        "\ncustom events compared: "
        + (", ".join(f"{name} {n}" for name, n in sorted(report.custom.items())) or "none")
    )
    print(
        f"\nenum values TikTokLive names that livecore reads as a bare int (informational): "
        f"{len(report.unnamed)}"
    )
    for (tt_enum, name, number), n in sorted(report.unnamed.items()):
        print(f"  {tt_enum}.{name} = {number} ({n} times)")
    kinds = Counter(owner for owner, _ in report.deprecated)
    print(
        f"\nfields TikTokLive names deprecated* (TikTok no longer sends them), not in "
        f"livecore's schema (informational): {len(report.deprecated)}, in "
        + ", ".join(f"{o} {n}" for o, n in sorted(kinds.items()))
    )
    rows = [
        (lc_type, tt_type, str(fields), str(len(pos)), str(len({m for m, _ in pos})))
        for lc_type, (tt_type, fields, pos) in sorted(report.untyped.items())
    ]
    print(
        f"\ndepth livecore does not type (informational): {len(rows)} types it declares "
        f"empty, {sum(int(r[2]) for r in rows)} fields of TikTokLive's schema inside them, at "
        f"{sum(int(r[3]) for r in rows)} places"
    )
    header = ("livecore type (empty)", "TikTokLive type", "its fields", "places", "methods")
    for line in table(rows, header):
        print(f"  {line}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=SEEDS, help="messages drawn per method")
    parser.add_argument("--method", action="append", help="only this method (repeatable)")
    args = parser.parse_args(argv)
    report = Report()
    methods = {m: c for m, c in EVENT_MAPPINGS.items() if not args.method or m in args.method}
    for method, tt_cls in sorted(methods.items()):
        lc_cls = METHODS.get(method)
        if lc_cls is not None:
            Comparer(report, method).schema("", tt_cls, lc_cls.protobuf_type.DESCRIPTOR, set())
        for seed in range(args.seeds):
            check_method(report, method, tt_cls, seed)
    print_report(report, len(methods), args.seeds)
    if report.failed:
        print(
            f"\nFAIL: {len(report.schema)} schema differences, {len(report.values)} value "
            f"differences, {len(report.events)} event problems"
        )
        return 1
    print(
        f"\nPASS: all {len(methods)} methods came out as their named events with the "
        "same values under the same names"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
