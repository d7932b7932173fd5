"""A gift's name and worth when its message leaves them out: GiftEvent asks a
catalogue (``livecore.web.GiftCatalogue``, from ``livecore gifts``)."""

from __future__ import annotations

from livecore import Connection
from livecore import events as ev


class _Catalogue:
    """A gift catalogue as ``livecore.web.GiftCatalogue`` looks one up."""

    class _Gift:
        def __init__(self, name: str, diamond_count: int) -> None:
            self.name, self.diamond_count = name, diamond_count

    def lookup(self, gift_id: int) -> _Gift | None:
        return self._Gift("Galaxy", 1000) if gift_id == 11046 else None


def test_a_catalogue_names_and_prices_a_gift_its_message_leaves_bare() -> None:
    from livecore.frames import encode_msg_frame
    from livecore.proto import pb

    bare = pb.WebcastGiftMessage(gift_id=11046, repeat_count=2, repeat_end=1)
    known = pb.WebcastGiftMessage(
        gift_id=5655, repeat_count=3, repeat_end=1, gift=pb.Gift(name="Rose", diamond_count=1)
    )
    result = pb.FetchResult(
        messages=[
            pb.Message(method="WebcastGiftMessage", payload=m.SerializeToString(), msg_id=i)
            for i, m in enumerate((bare, known), start=1)
        ]
    )
    conn = Connection()
    conn.receive_data(encode_msg_frame(result.SerializeToString()))
    first, second = [e for e in conn.events() if isinstance(e, ev.GiftEvent)]
    catalogue = _Catalogue()
    assert (first.gift_name, first.name_in(catalogue)) == ("", "Galaxy")
    assert (first.value, first.value_in(catalogue)) == (0, 2000)
    assert (second.name_in(catalogue), second.value_in(catalogue)) == ("Rose", 3)
