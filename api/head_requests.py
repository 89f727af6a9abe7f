"""ASGI middleware that answers HEAD as GET without the body (RFC 9110, section 9.3.2).

FastAPI routes a GET endpoint for GET only, so HEAD got 405 everywhere although the CORS
settings advertise it. A HEAD request is run as the GET it stands for: the status and the
headers (Content-Type, Content-Length, ETag, ...) are the GET's, the body is left out.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class HeadAsGetMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def send_headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return  # the next part (at last the final one) ends the response
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, send_headers_only)
