"""Lessons: short guided lessons with questions, and reviews that bring questions back.

Offers: what a lesson is made of (`model`), reading lesson files (`loader`), judging a
learner's answers (`grading`), the tutoring moves for one question (`dialogue`), the
catalogue and `LessonRun` that every front end drives (`catalogue`), when questions come
back (`schedule`), review runs (`review`), the learner's saved progress (`progress`) and
the checks behind `tutor lesson --check` (`check`).

Uses `tutor.search` (knowledge files, words) and `tutor.files`; never the answering engine,
the CLI or the app.
"""
