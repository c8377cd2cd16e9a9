"""Loopback fakes of OpenAI-compatible servers as they behave in the wild (authored, not recorded).

Each profile answers /v1/models and /v1/chat/completions on 127.0.0.1 (port 0) the way one kind
of server does: an OpenAI-style server that takes every structured-output mode, llama-cpp-python
(json_schema refused with its HTTP 500 validation body), a server without tool calling, one that
rejects the key (401) and one that does not serve the model (404). The answers are authored:
for an extraction request the first figures listed in the prompt, as achievements; for any
other request `{"ok": true}`. Bounded (tests/loopback.py): at most `max_requests` requests,
and the server stops itself after `lifetime` seconds.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

from loopback import BOUND_REACHED, LoopbackServer, send

# llama-cpp-python 0.3.x: FastAPI's request validation error, wrapped by its RouteErrorHandler
# into {"error": {"message": str(error), "type": "internal_server_error"}} with status 500. The
# message has the shape a real llama_cpp.server answered on 2026-12-01 (its file path made generic).
LLAMACPP_JSON_SCHEMA_500 = {"error": {
    "message": "1 validation error:\n  {'type': 'literal_error', 'loc': ('body', "
               "'response_format', 'type'), 'msg': \"Input should be 'text' or 'json_object'\", "
               "'input': 'json_schema', 'ctx': {'expected': \"'text' or 'json_object'\"}}\n\n"
               "  File \"/usr/lib/python3/site-packages/llama_cpp/server/app.py\", line 376, in "
               "create_chat_completion\n    POST /v1/chat/completions",
    "type": "internal_server_error", "param": None, "code": None}}
NO_TOOLS_400 = {"error": {"message": "tools are not supported by this server",
                          "type": "invalid_request_error", "param": "tools", "code": None}}
BAD_KEY_401 = {"error": {"message": "Incorrect API key provided.", "type": "invalid_request_error",
                         "param": None, "code": "invalid_api_key"}}


def model_missing_404(model: str) -> dict:
    return {"error": {"message": f"The model `{model}` does not exist.",
                      "type": "invalid_request_error", "param": "model",
                      "code": "model_not_found"}}


@dataclass
class Profile:
    """How one kind of server behaves."""

    name: str
    models: list[str] = field(default_factory=lambda: ["m"])
    rejects: dict[str, tuple[int, dict]] = field(default_factory=dict)  # mode -> (status, body)
    key: str | None = None  # the only key accepted (None: any)
    model_info: dict[str, Any] = field(default_factory=dict)  # extra fields of /models entries
    echo_key: bool = False  # put the caller's Authorization value into every answer


PROFILES = {
    "openai": Profile("openai", model_info={"context_length": 128000}),
    "llamacpp": Profile("llamacpp", rejects={"json_schema": (500, LLAMACPP_JSON_SCHEMA_500)}),
    "notools": Profile("notools", rejects={"tools": (400, NO_TOOLS_400)}),
    "badkey": Profile("badkey", key="sk-the-right-key-000000"),
    "nomodel": Profile("nomodel", models=["other-model"]),
}

# The prompt marks each figure inline, {12}46.8亿元; a metric is read from the words before it.
_LISTED = re.compile(r"([\u4e00-\u9fff]{0,8})\{(\d+)\}([\d.]+)(%?)")
_VERBS = re.compile(r"^(?:全年|完成|实现|达到|新增|累计)+")


def request_mode(body: dict) -> str:
    """Which structured-output mode a chat request uses (as instructor sends it)."""
    if body.get("tools"):
        return "tools"
    kind = (body.get("response_format") or {}).get("type")
    return {"json_schema": "json_schema", "json_object": "json"}.get(kind, "text")


def authored_answer(body: dict) -> dict:
    """The first three marked amounts as achievements (metric: the words before each, without
    a leading verb), or {"ok": true} for a probe."""
    user = next((m["content"] for m in reversed(body["messages"]) if m["role"] == "user"), "")
    found = _LISTED.findall(user if isinstance(user, str) else json.dumps(user))
    if not found:
        return {"ok": True}
    facts = [{"mention_id": i, "kind": "achievement", "metric": _VERBS.sub("", words)}
             for words, i, _, pct in found if words and not pct][:3]
    return {"facts": facts, "actions": []}


def completion(body: dict, content: dict, extra: str = "") -> dict:
    text = json.dumps(content, ensure_ascii=False)
    if body.get("tools"):
        name = ((body.get("tool_choice") or {}).get("function") or {}).get("name") \
            or body["tools"][0]["function"]["name"]
        message: dict[str, Any] = {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": name, "arguments": text}}]}
        finish = "tool_calls"
    else:
        message, finish = {"role": "assistant", "content": text}, "stop"
    return {"id": "chatcmpl-fake" + extra, "object": "chat.completion", "created": 0,
            "model": body.get("model"), "system_fingerprint": extra or None,
            "choices": [{"index": 0, "finish_reason": finish, "message": message}],
            "usage": {"prompt_tokens": 50, "completion_tokens": 10, "total_tokens": 60}}


class FakeEndpoint(LoopbackServer):
    """A running fake server; `requests` lists (path, mode, body) of every request."""

    def __init__(self, profile: Profile | str, *, max_requests: int = 200,
                 lifetime: float = 120.0) -> None:
        self.profile = PROFILES[profile] if isinstance(profile, str) else profile
        self.requests: list[tuple[str, str, dict]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _reply(self, status: int, payload: dict) -> None:
                send(self, status, payload)

            def _authorized(self) -> bool:
                key = outer.profile.key
                return key is None or self.headers.get("authorization") == f"Bearer {key}"

            def do_GET(self) -> None:  # noqa: N802
                outer.requests.append((self.path, "models", {}))
                if not outer.admit():
                    return self._reply(503, BOUND_REACHED)
                if not self._authorized():
                    return self._reply(401, BAD_KEY_401)
                if self.path.rstrip("/").endswith("/models"):
                    data = [{"id": m, "object": "model", "owned_by": "fake",
                             **outer.profile.model_info} for m in outer.profile.models]
                    return self._reply(200, {"object": "list", "data": data})
                return self._reply(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["content-length"])))
                mode = request_mode(body)
                outer.requests.append((self.path, mode, body))
                if not outer.admit():
                    return self._reply(503, BOUND_REACHED)
                if not self._authorized():
                    return self._reply(401, BAD_KEY_401)
                if body.get("model") not in outer.profile.models:
                    return self._reply(404, model_missing_404(body.get("model")))
                if mode in outer.profile.rejects:
                    return self._reply(*outer.profile.rejects[mode])
                echo = self.headers.get("authorization", "") if outer.profile.echo_key else ""
                return self._reply(200, completion(body, authored_answer(body), echo))

            def log_message(self, *args: object) -> None:
                pass

        super().__init__(Handler, max_requests=max_requests, lifetime=lifetime)

    def chat_modes(self) -> list[str]:
        """The mode of every chat request, in order."""
        return [mode for path, mode, _ in self.requests if path.endswith("/chat/completions")]
