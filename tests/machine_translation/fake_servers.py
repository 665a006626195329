"""Fake translation services on localhost, speaking LibreTranslate's and
DeepL's HTTP APIs, so the real HTTP calls are tested without the network.

Each server records what it received and can be told to fail: answer a
status (`fail_with`), take too long (`delay`), or say something odd (`reply`).
"""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def fake_translation(text, source, target):
    """What the fake services answer: recognisable, and still plain text."""
    return f"[{source}→{target}] {text}"


class FakeService:
    api_key = "test-key"

    def __init__(self):
        self.requests = []
        self.fail_with = None
        self.delay = 0
        self.reply = None
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self.handler())
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def handler(self):
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                raw = self.rfile.read(length).decode()
                try:
                    payload = json.loads(raw)
                except ValueError:
                    payload = raw
                service.requests.append(
                    {"path": self.path, "headers": dict(self.headers), "json": payload}
                )
                if service.delay:
                    time.sleep(service.delay)
                status, body = service.answer(self.path, self.headers, payload)
                data = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        return Handler

    def answer(self, path, headers, payload):
        if self.fail_with:
            return self.fail_with, {"error": "refused", "message": "refused"}
        if self.reply is not None:
            return 200, self.reply
        return self.translate(path, headers, payload)


class FakeLibreTranslate(FakeService):
    """POST /translate {q, source, target, format, api_key} → {translatedText}."""

    def translate(self, path, headers, payload):
        if path != "/translate":
            return 404, {"error": "Not Found"}
        if payload.get("api_key") != self.api_key:
            return 403, {"error": "Invalid API key"}
        source, target, q = payload["source"], payload["target"], payload["q"]
        if isinstance(q, list):  # wagtail-localize sends a list of segments
            return 200, {
                "translatedText": [fake_translation(t, source, target) for t in q]
            }
        return 200, {"translatedText": fake_translation(q, source, target)}


class FakeDeepL(FakeService):
    """POST /v2/translate {text: [...], source_lang, target_lang} with
    `Authorization: DeepL-Auth-Key …` → {translations: [{text}]}."""

    api_key = "test-key:fx"

    def translate(self, path, headers, payload):
        if path != "/v2/translate":
            return 404, {"message": "Not found"}
        if headers.get("Authorization") != f"DeepL-Auth-Key {self.api_key}":
            return 403, {"message": "Wrong authentication key"}
        source, target = payload["source_lang"], payload["target_lang"]
        return 200, {
            "translations": [
                {
                    "detected_source_language": source,
                    "text": fake_translation(t, source, target),
                }
                for t in payload["text"]
            ]
        }
