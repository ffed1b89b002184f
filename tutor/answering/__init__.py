"""Answering questions: `Session.respond(text) -> Reply`.

The pipeline runs one way: `understanding` (what kind of answer the question wants) ->
`resolution` (which document and passages answer it, with the conversation's context) ->
`composition` (the wording, from the templates) -> a `Reply`. `engine` loads everything
once (`Tutor.load`); `session` is one conversation; `evaluation` measures the whole.

Uses `tutor.search` and `tutor.files`; never the CLI or the app.
"""
