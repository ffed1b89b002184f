"""The Textual app: the chat with the tutor, the topics browser, the timeline, help and lessons.

`tutor` with no sub-command calls `tutor.app.app.run`. Nothing here retrieves or words an
answer: every question goes to `Session.respond` and the app shows the `Reply`.
"""
