"""convoy: the route or time of a movement of people or goods."""

from __future__ import annotations

import pytest

from checks.text import Draft

from .support import adversarial, detector, flagged, problems

DETECT = detector("convoy")


@pytest.mark.parametrize(
    ("draft", "offending"),
    [
        ("The convoy leaves Goma at 06:00 via the N2 road.", "convoy leaves Goma at 06:00 via the N2 road"),
        ("Trucks will cross the Rafah checkpoint tomorrow morning.", "Trucks will cross the Rafah checkpoint tomorrow morning"),
        ("Our shipment departs tonight from Aden to Marib.", "shipment departs tonight from Aden to Marib"),
        ("Evacuation buses leave at 5 am from the stadium.", "Evacuation buses leave at 5 am"),
        ("Le convoi partira demain à 6h par la route de Bukavu.", "convoi partira demain à 6h par la route"),
        ("El convoy saldrá mañana por la carretera de Tapachula.", "convoy saldrá mañana por la carretera"),
        ("Staff movement: the team will travel via Kandahar on Monday.", "Staff movement: the team will travel via Kandahar on Monday"),
    ],
)
def test_movements_with_a_route_or_time(draft: str, offending: str) -> None:
    assert flagged(DETECT, draft) == [offending]


@pytest.mark.parametrize(
    "draft",
    [
        "A convoy of hope concert tonight at 20:00!",
        "What a convoy of love for the children.",
        "The convoy arrived safely last year.",
        "Visit us at 17 Route des Morillons.",
        "Cash transfers via mobile money reached 3,000 families.",
        "Departures from Libya to Italy rose by 20% last year.",
        "Donate via our website tomorrow.",
        "Trucks carried 200 tonnes of food. Tomorrow we will share the figures.",
        "Check the road safety campaign at 10:00.",
    ],
)
def test_clean_drafts(draft: str) -> None:
    assert flagged(DETECT, draft) == []


def test_a_route_and_a_time_together_are_surer_than_either() -> None:
    one = DETECT(Draft("The convoy leaves at 06:00."))[0].confidence
    both = DETECT(Draft("The convoy leaves at 06:00 via the N2 road."))[0].confidence
    assert one < both


def test_a_past_movement_is_less_sure_than_a_coming_one() -> None:
    past = DETECT(Draft("The trucks reached Bukavu yesterday via the N5 road."))[0].confidence
    coming = DETECT(Draft("The trucks leave for Bukavu tonight via the N5 road."))[0].confidence
    assert past < coming


def test_options_are_refused() -> None:
    assert problems("convoy", {"radius": 80}) == [
        ("check.options.radius", "unknown option 'radius': this detector takes no options.")
    ]


def test_a_megabyte_of_adversarial_text_returns() -> None:
    text = adversarial("convoy ", "1 ", "06:00 ", "via ", "Route des ", "from Goma to ", "  ", "trucks of hope ", "a.")
    assert isinstance(DETECT(Draft(text)), list)


@pytest.mark.parametrize(
    "draft",
    [
        "On quitte Tillabéri à 6h pile demain, axe Tillabéri-Ayorou, escorte des FDS jusqu'à Inates.",
        "Demain 6h, Bukavu -> Uvira par la route de la Ruzizi, deux jeeps, checkpoint de Kamanyola vers 8h.",
        "Mañana salimos a las 5:30 desde la base de Cúcuta hacia Tibú en 3 camionetas con escolta.",
        "El equipo de la OIM se desplazará por carretera de Maiduguri a Monguno con escolta militar el martes a las 06:00.",
        "Tomorrow: 4 staff flying Bunia → Mahagi on the 07:20 helicopter.",
    ],
)
def test_field_movements_in_french_spanish_and_english(draft: str) -> None:
    assert flagged(DETECT, draft) != []


@pytest.mark.parametrize(
    "draft",
    [
        "Road trip to the coast this weekend, leaving at 7am!",
        "Job seekers: free shuttle buses to the job fair will leave from Central Station every 30 minutes between 9:00 and 13:00.",
        "Road trip Abidjan–Assinie avec les copines ce week-end, départ samedi 8h !",
        "Le défilé du carnaval partira de la place d'Armes à 14h dimanche.",
        "Caravana de autos por la boda de mi hermana: salimos de la iglesia a las 6.",
        "Long flight to Manila tomorrow, any podcast recommendations?",
        "Vol AF 718 Paris-Dakar, départ 10h35, arrivée 14h20. Porte 2E.",
    ],
)
def test_leisure_and_public_events_pass(draft: str) -> None:
    assert flagged(DETECT, draft) == []
