"""How generic a word is, from the knowledge documents that use it, and when one word is apt for an idea."""

from tutor.lessons.aptness import is_apt
from tutor.lessons.grading import tokens
from tutor.search.vocabulary import Vocabulary, cached_vocabulary

DOCUMENT = "---\nid: {id}\ntitle: {title}\ntopic: basics\nsources: [\"x\"]\n---\n# {title}\n## Body\n{body}\n"


def write(folder, doc_id, body):
    folder.mkdir(exist_ok=True)
    (folder / f"{doc_id}.md").write_text(DOCUMENT.format(id=doc_id, title=doc_id.title(), body=body), encoding="utf-8")


def test_counts_documents_per_stem_and_keeps_them_in_the_cache(tmp_path):
    folder, cache = tmp_path / "kb", tmp_path / "cache"
    write(folder, "one", "States negotiate. The police arrested nobody.")
    write(folder, "two", "A state signs treaties with other states.")
    vocabulary = cached_vocabulary(folder, cache)
    assert vocabulary.documents == 2
    assert vocabulary.share("state") == 1.0 and vocabulary.share("arrest") == 0.5 and vocabulary.share("zebra") == 0.0
    assert vocabulary.weight("arrest") > vocabulary.weight("state")
    (kept,) = cache.glob("vocabulary-*.json")
    assert cached_vocabulary(folder, cache) == vocabulary
    write(folder, "two", "A treaty.")  # changed knowledge: counted again, the old copy replaced
    assert cached_vocabulary(folder, cache).share("state") == 0.5
    assert [p.name for p in cache.glob("vocabulary-*.json")] != [kept.name]


def test_a_word_is_apt_when_not_generic_and_carrying_most_of_the_idea():
    vocabulary = Vocabulary({"arrest": 1, "detent": 1, "offici": 9, "court": 2, "jurisdict": 1, "host": 4, "state": 10}, 10)
    prompt = "What does immunity protect a diplomat from?"
    (arrest,) = tokens("arrest")
    assert is_apt(arrest, "arrest and detention (the diplomat's person is inviolable)", prompt, vocabulary)
    (official,) = tokens("official")
    assert not is_apt(official, "that it is official", prompt, vocabulary)  # a word nine documents in ten use
    (courts,) = tokens("courts")
    assert not is_apt(courts, "the jurisdiction of the host state's courts", prompt, vocabulary)
    (diplomat,) = tokens("diplomat")
    assert not is_apt(diplomat, "the diplomat's person", prompt, vocabulary)  # the question's own word


def test_a_reference_generic_word_stays_generic_as_narrow_documents_dilute_it():
    """"official" was in 69% of the 106 reference documents; 60 narrow documents without it
    bring its share under 0.5, below the band, and it is still generic. A word the reference
    did not count generic is not made so, and one used by few documents is not generic."""
    assert Vocabulary({"offici": 73}, 166).is_generic("offici")  # 0.44
    assert not Vocabulary({"embassi": 73}, 166).is_generic("embassi")
    assert not Vocabulary({"offici": 40}, 166).is_generic("offici")  # 0.24: under the diluted edge
    assert not Vocabulary({"offici": 40}, 100).is_generic("offici")  # no documents added: the plain band


def test_the_words_written_as_names_inside_sentences_are_names(tmp_path):
    folder = tmp_path / "kb"
    write(folder, "one", "Talks began. The treaty between Egypt and Israel was signed, and Egypt kept it.")
    write(folder, "two", "Treaty texts differ. A treaty binds. In 1994 Jordan and Israel signed a treaty, and Jordan kept it.")
    names = cached_vocabulary(folder, tmp_path / "cache").names
    assert {"egypt", "israel", "jordan"} <= names
    assert not {"treaty", "talks", "signed"} & names  # a capital that opens a sentence tells nothing
