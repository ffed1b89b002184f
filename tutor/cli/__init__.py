"""The command line: `tutor` (the app), `tutor ask`, `tutor eval`, `tutor lesson`,
`tutor review` and `tutor kb ...`.

Offers: the process (`script`), the entry point and `ask`/`eval` (`main`), the lesson runner (`lesson`), the
knowledge-base commands (`kb`), and what they share: usage errors, options, loading the
tutor (`common`). Uses the engine packages; nothing imports the CLI.
"""
