"""Summary robustness against page furniture left in the body (invented text)."""

from briefgen.analyze.summary import is_caption, is_prose, summarize

NEWS = "Israeli jets struck three villages in the south on Monday, local officials said."


def test_skips_gallery_caption_with_wire_credit():
    body = ("[1/4]A man walks past rubble in Tyre, southern Lebanon, March 3, 2025. REUTERS/Jane Doe "
            "Purchase Licensing Rights, opens new tab\n\n" + NEWS)
    assert summarize("T", body) == NEWS


def test_skips_photo_credits_of_many_shapes():
    for cap in ("Fighters in Mosul. Photo: AFP", "Protesters march in Paris. (AP Photo/John Roe, File)",
                "The minister speaks in Ankara, Türkiye, Dec. 2, 2024. (AA Photo)",
                "A rescue worker at the site [File: Jane Doe/Reuters]",
                "Crews fight a fire near the town. (Supplied: CFA)",
                "The leader waves to supporters. Credit: John Roe/AFP"):
        assert summarize("T", cap + "\n\n" + NEWS).startswith(NEWS), cap


def test_strips_audio_app_and_download_prompts():
    for prompt in ("\U0001F3A7 Listen to this article 4 min ", "NEWYou can now listen to Acme News articles! ",
                   "Download Report (PDF | 1.2 MB) \u2022 ", "Why you can trust Acme News ",
                   "Add Acme News on Google "):
        assert summarize("T", prompt + NEWS) == NEWS, prompt


def test_skips_lines_without_a_sentence_and_bylines():
    body = "\n\n".join(["Acme Weekly Long War Podcasts", "Author: Acme Research team Download PDF \u00b7 Explore the data",
                        "Written by Jane Doe | Edited by John Roe", NEWS])
    assert summarize("T", body) == NEWS


def test_strips_wire_and_outlet_datelines():
    for head in ("HAMA, Dec. 3 (Xinhua) -- ", "TARTUS, Syria (Acme Press) \u2013 ", "Acme News/ ", "Washington \u2014 "):
        assert summarize("T", head + NEWS) == NEWS, head


def test_keeps_standfirst_and_drops_the_caption_after_it():
    body = ("Two peacekeepers were hurt near a watchtower, the mission says. "
            "A peacekeeper keeps watch in Marjayoun [File: Jane Doe/Reuters]\n\n" + NEWS)
    assert summarize("T", body).startswith("Two peacekeepers were hurt near a watchtower, the mission says. " + NEWS)


def test_caption_and_prose_predicates():
    assert is_caption("Cars drive past rubble in Beirut, September 17, 2024.")
    assert not is_caption(NEWS)
    assert not is_prose("Hamdi Doe is an associate fellow with the Institute.")
    assert not is_prose("Acme Daily is a Beirut daily close to the government.")
    assert is_prose("Some 25,000 Syrians live in Switzerland.")
    assert not is_prose("Syria After Assad: Who Holds the Keys?")
