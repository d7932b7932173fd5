"""livecore's Webcast schema (``*.proto``, one file per concern) and the code
protoc generates from it; ``livecore.proto.pb`` re-exports every message
and enum in one namespace. Regenerate with ``make proto``."""
