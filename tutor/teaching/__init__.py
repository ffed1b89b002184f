"""Teaching in the chat: quizzes graded as in lessons, lesson suggestions, corrections of
misconceptions and the occasional check question, around the learner model
(`tutor.lessons.learner`). `Teacher` plugs into `Session`, so the app and `tutor ask`
both get it; the answering engine does not depend on this package."""
