"""The Webcast schema (``webcast.proto``) and the code protoc generates from it."""

from livecore.proto import webcast_pb2

__all__ = ["webcast_pb2"]
