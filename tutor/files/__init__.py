"""The tutor's files: where they are and how they are read and written.

Offers: the shipped and the learner's folders (`paths`), atomic writes (`atomic`), YAML
parsing with line numbers in errors (`yamlfile`), the cached loading of the dialogue
files (`dialogues`) and of their patterns' compiled form (`regex_cache`), and the log of
failures in answering (`failure_log`). The ground floor: imports nothing else of the tutor.
"""
