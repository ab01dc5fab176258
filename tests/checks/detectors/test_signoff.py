"""signoff: a reply signed with the writer's own name, in any script."""

from __future__ import annotations

import pytest

from checks.text import Draft

from .support import adversarial, detector, flagged, problems

DETECT = detector("signoff")


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        ("The deadline is 15 May.\n— María", "— María"),
        ("The figures are online.\n– José Ángel", "– José Ángel"),
        ("Thanks for the kind words!\n— Zoë", "— Zoë"),
        ("The link is fixed.\n- Łukasz", "- Łukasz"),
        ("Thanks for your message.\n— محمد", "— محمد"),
        ("The centre is open until 4 pm. /JB", "/JB"),
        ("Good question! Hope that helps 🙂 ~Luca", "~Luca"),
        ("We shared your feedback. Cheers, Tom", "Cheers, Tom"),
        ("We shared your feedback.\nKind regards,\nOmar", "Kind regards,\nOmar"),
        ("Gracias por escribirnos. Saludos, Ana", "Saludos, Ana"),
        ("Merci pour votre message. Cordialement, Jean-Luc", "Cordialement, Jean-Luc"),
        ("Bonjour, je m'appelle Claire et je gère cette page.", "je m'appelle Claire"),
        ("Hola, me llamo Andrés y te ayudo con tu caso.", "me llamo Andrés"),
        ("All our services are free. (Emeka, IOM Nigeria)", "Emeka"),
    ],
)
def test_signatures(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


@pytest.mark.parametrize(
    "draft",
    [
        "Thank you for your question.\n— The IOM team",
        "Thank you, Ahmed. Here are the figures: https://www.iom.int",
        "We fixed the link. Thank you, Ahmed!",
        "Merci pour votre message.\nCordialement,\nL'équipe de l'OIM",
        "Gracias por escribirnos.\nSaludos,\nEl equipo de la OIM",
        "Gracias por tu mensaje. Saludos, OIM Perú",
        "What to bring:\n- Passport\n- Vaccination card",
        "Open 24/7 - Free",
        "Apply online at iom.int/jobs",
    ],
)
def test_clean_replies(draft: str) -> None:
    assert flagged(DETECT, draft) == []


def test_options_are_refused() -> None:
    assert problems("signoff", {"names": []}) == [
        ("check.options.names", "unknown option 'names': this detector takes no options.")
    ]


def test_a_megabyte_of_adversarial_text_returns() -> None:
    text = adversarial("— ", "María ", "Cheers, ", "Tom\n", "my name is ", "A. ", "/JB ", "  ", "xx ")
    assert isinstance(DETECT(Draft(text)), list)
