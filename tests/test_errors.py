"""errors.cause_chain: the one walk down wrapped errors that the client, modes and replay share."""

from __future__ import annotations

from summarizer.errors import cause_chain


def _wrapped(depth: int) -> BaseException:
    """ValueError(0) raised from ValueError(1) … from ValueError(depth - 1)."""
    exc: BaseException = ValueError(depth - 1)
    for i in range(depth - 2, -1, -1):
        outer = ValueError(i)
        outer.__cause__ = exc
        exc = outer
    return exc


def test_errors_cause_chain_follows_cause_then_context_up_to_its_depth():
    assert [e.args[0] for e in cause_chain(_wrapped(4))] == [0, 1, 2, 3]
    assert [e.args[0] for e in cause_chain(_wrapped(10), depth=5)] == [0, 1, 2, 3, 4]
    inner, outer = KeyError("inner"), RuntimeError("outer")
    outer.__context__ = inner  # raised while handling: no explicit cause
    assert list(cause_chain(outer)) == [outer, inner]
    assert list(cause_chain(None)) == []
