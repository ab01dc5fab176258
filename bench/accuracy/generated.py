"""Generated personal data for the accuracy bench: public generators, fixed seeds.

Phone numbers come from phonenumbers' example numbers (every supported region, the
default example and the mobile one, in INTERNATIONAL, NATIONAL and E164 form) and
from Faker in ten locales; street addresses, dates of birth and free-mail addresses
from Faker in five; numeric hard negatives (amounts, years, statistics, ISBNs,
reference numbers, times, ranges, event dates, percentages, an office's published
hotline) from a seeded `random.Random`. Each value sits in a sentence in the
locale's language.

The two splits never share a seed or a sentence frame: frames alternate between
"tune" and "measure" in the order they are written, so tuning a detector on one
split never shows it the other's wording.

Run `python -m bench.accuracy.generated` to print how many cases each split holds.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

SPLITS = ("tune", "measure")
SEEDS = {"tune": 1009, "measure": 7919}


@dataclass(frozen=True)
class GeneratedCase:
    text: str
    """A sentence (or two) in the locale's language with the value embedded."""
    lang: str
    locale: str
    """"en_US", "fr_FR", ... for Faker; "region:GB" for phonenumbers' examples; the language for negatives."""
    kind: str
    """phone | address | birth-date | private-email | numeric-negative"""
    form: str
    platform: str
    account: str
    span: tuple[int, int] | None
    """Where the value sits in `text`; None for negatives."""


# Sentence frames: "{v}" marks the value. Even positions go to "tune", odd ones to "measure".

PHONE_FRAMES = {
    "en": [
        "Lost my phone yesterday, my new number is {v} so save it please.",
        "Anyone in Nairobi who needs a lift tomorrow, call me on {v}.",
        "If you find a brown leather wallet near the market, ring {v} and ask for Sam.",
        "Text me at {v} when you land and I'll come and pick you up.",
        "You can reach my sister on WhatsApp at {v}, she speaks Arabic and French.",
        "For the spare room, my mobile is {v} (evenings only).",
        "Selling my old bike, good condition. Contact: {v}.",
        "Happy to help with the move, just give me a call at {v}.",
    ],
    "fr": [
        "J'ai changé de numéro, vous pouvez me joindre au {v}.",
        "Pour le covoiturage de samedi, appelez-moi au {v}.",
        "Mon portable : {v}, n'hésitez pas à m'envoyer un message.",
        "Si quelqu'un retrouve mes clés, merci de me contacter au {v}.",
        "Ma voisine est joignable sur WhatsApp au {v} pour les cours de français.",
        "Je vends mon canapé, téléphonez au {v} après 18 h.",
        "Pour toute question sur la colocation, mon numéro est le {v}.",
        "Écrivez-moi par SMS au {v}, je réponds vite.",
    ],
    "es": [
        "Cambié de número, ahora me encuentran en el {v}.",
        "Si alguien necesita transporte mañana, llámenme al {v}.",
        "Mi cel es {v}, escríbanme por WhatsApp cuando lleguen.",
        "Vendo mi bicicleta en buen estado, interesados marcar al {v}.",
        "Para la habitación libre, mi número de teléfono es {v}.",
        "Si encuentran a mi perro, por favor avisen al {v}.",
        "Pueden contactar a mi hermana al {v}, habla inglés y francés.",
        "Mándame un mensaje al {v} y te paso la dirección.",
    ],
}

ADDRESS_FRAMES = {
    "en": [
        "Party at ours on Saturday! We live at {v}, bring a dish.",
        "Please send the spare keys to my home address: {v}.",
        "My parents just moved to {v}, so visits are easier now.",
        "Our colleague Tom lives at {v} and is happy to host the book club.",
        "Parcel went to the wrong house. My address is {v}, not next door.",
        "Drop the donations off at my place, {v}, any time after five.",
    ],
    "fr": [
        "Fête chez nous samedi ! On habite au {v}, apportez un plat.",
        "Envoyez le colis à mon adresse personnelle : {v}.",
        "Ma mère vient de déménager, elle vit désormais au {v}.",
        "Pour la réunion du club, rendez-vous chez moi, {v}.",
        "Mon adresse est {v}, sonnez deux fois.",
        "Notre collègue Claire réside au {v} depuis l'an dernier.",
    ],
    "es": [
        "¡Fiesta en casa el sábado! Vivimos en {v}, traigan algo.",
        "Manden el paquete a mi domicilio: {v}.",
        "Mis padres se mudaron a {v}, ahora es más fácil visitarlos.",
        "Mi dirección es {v}, toquen el timbre dos veces.",
        "Nuestra compañera Lucía vive en {v} y puede recibir al grupo.",
        "Dejen las donaciones en mi casa, {v}, después de las cinco.",
    ],
}

BIRTH_FRAMES = {
    "en": [
        "Happy birthday to my little brother, born on {v}!",
        "Registration form filled in: name Ana Ruiz, D.O.B. {v}.",
        "Our new colleague John Smith Jr. was born {v} in Leeds.",
        "For the visa my date of birth is {v}, please double-check it.",
        "Grandma's birthday is {v}, so we are planning a surprise.",
        "Patient details: DOB {v}, blood type O.",
    ],
    "fr": [
        "Joyeux anniversaire à ma fille, née le {v} !",
        "Pour le dossier, ma date de naissance est le {v}.",
        "Mon collègue M. Diallo est né le {v} à Dakar.",
        "Fiche d'inscription : Aïcha Benali, date de naissance {v}.",
        "Mon grand-père, né le {v}, fête ses années aujourd'hui.",
        "Le bébé de Mme Martin est née le {v}, bienvenue !",
    ],
    "es": [
        "¡Feliz cumpleaños a mi hermana, nacida el {v}!",
        "Para el trámite, mi fecha de nacimiento es {v}.",
        "La Sra. Gómez nació el {v} en Quito.",
        "Ficha de inscripción: Pedro Luna, fecha de nacimiento {v}.",
        "Mi abuelo, nacido el {v}, cumple años hoy.",
        "Datos del paciente: F. nac. {v}, grupo sanguíneo A.",
    ],
}

EMAIL_FRAMES = {
    "en": [
        "Send me the photos at {v} when you get a chance.",
        "If you want to join the running club, email my friend at {v}.",
        "My personal email is {v}, the work one is full.",
        "Questions about the flat? Write to {v}.",
        "You can reach Maria privately at {v}.",
        "Drop me a line at {v} and I'll send you the recipe.",
    ],
    "fr": [
        "Envoyez-moi les photos à {v} quand vous pouvez.",
        "Pour le club de lecture, écrivez à mon amie : {v}.",
        "Mon adresse mail perso est {v}.",
        "Des questions sur l'appartement ? Écrivez à {v}.",
        "Vous pouvez contacter Julien en privé à {v}.",
        "Mon courriel : {v}, je réponds le soir.",
    ],
    "es": [
        "Mándenme las fotos a {v} cuando puedan.",
        "Para el club de lectura, escriban a mi amiga: {v}.",
        "Mi correo personal es {v}.",
        "¿Preguntas sobre el piso? Escriban a {v}.",
        "Pueden contactar a Andrés en privado en {v}.",
        "Mi email: {v}, contesto por las noches.",
    ],
}

NEGATIVE_FRAMES: dict[str, dict[str, list[str]]] = {
    "en": {
        "amount": [
            "The appeal raised USD {v} for shelter this year.",
            "A grant of {v} euros will fund the new clinic.",
            "Call for proposals: budgets up to CHF {v} are eligible.",
            "Donors pledged ${v} at yesterday's conference.",
        ],
        "year": [
            "Since {v}, the programme has helped families return home.",
            "Call to action: the {v} report is out now.",
            "Back in {v} the centre opened with ten staff.",
            "Read the {v} annual review on our website.",
        ],
        "year-range": [
            "The strategy for {v} puts people first.",
            "Between {v} we trained more than 400 nurses.",
            "Our {v} plan was launched today.",
            "Results from the {v} survey are in.",
        ],
        "statistic": [
            "{v} people were displaced by the floods, according to the latest count.",
            "More than {v} migrants crossed the region last year.",
            "We reached {v} children with vaccines.",
            "Call it what it is: {v} people still need shelter.",
        ],
        "isbn": [
            "The new handbook is out: ISBN {v}.",
            "Order the report with ISBN {v} from any library.",
            "Cite it as World Migration Report, ISBN {v}.",
            "Print edition ISBN {v}, free online.",
        ],
        "reference": [
            "Please quote reference {v} in your application.",
            "Vacancy notice No. {v} closes on Friday.",
            "Case file {v} was closed after review.",
            "Tender ref. {v}: submissions open.",
        ],
        "time": [
            "The webinar starts at {v} Geneva time.",
            "Doors open at {v}, see you there.",
            "Live at {v} on our page, call in with your questions.",
            "Join us from {v} for the panel.",
        ],
        "date-range": [
            "The summit runs {v} in Nairobi.",
            "Registration is open {v}.",
            "Exhibition dates: {v}.",
            "Training sessions take place {v}.",
        ],
        "event-date": [
            "Save the date: {v}, World Refugee Day.",
            "The conference on {v} will be streamed live.",
            "Applications close on {v}.",
            "Join our town hall on {v}.",
        ],
        "percentage": [
            "Remittances rose by {v} last year.",
            "Only {v} of the appeal is funded so far.",
            "Call volumes were up {v} during the crisis.",
            "Enrolment grew {v} in two years.",
        ],
        "hotline": [
            "Our Geneva office switchboard is {v}.",
            "Need help? Call the IOM hotline on {v}, free of charge, 24/7.",
            "For press enquiries, call our media office on {v}.",
            "The mission's helpline {v} is open Monday to Friday.",
        ],
    },
    "fr": {
        "amount": [
            "L'appel a permis de réunir {v} USD pour les abris.",
            "Une subvention de {v} euros financera la clinique.",
            "Appel à projets : budgets jusqu'à {v} CHF.",
            "Les donateurs ont promis {v} € hier.",
        ],
        "year": [
            "Depuis {v}, le programme aide les familles à rentrer.",
            "Le rapport {v} est disponible.",
            "En {v}, le centre ouvrait ses portes.",
            "Lisez le bilan annuel {v} sur notre site.",
        ],
        "year-range": [
            "La stratégie {v} met les personnes au centre.",
            "Entre {v}, nous avons formé 400 infirmières.",
            "Notre plan {v} est lancé.",
            "Les résultats de l'enquête {v} sont publiés.",
        ],
        "statistic": [
            "{v} personnes ont été déplacées par les inondations.",
            "Plus de {v} migrants ont traversé la région.",
            "Nous avons vacciné {v} enfants.",
            "Au total, {v} personnes ont encore besoin d'un abri.",
        ],
        "isbn": [
            "Le guide est paru : ISBN {v}.",
            "Commandez le rapport (ISBN {v}) en librairie.",
            "Référence bibliographique : ISBN {v}.",
            "Édition imprimée ISBN {v}, gratuite en ligne.",
        ],
        "reference": [
            "Merci d'indiquer la référence {v} dans votre candidature.",
            "L'avis de vacance n° {v} se termine vendredi.",
            "Le dossier {v} a été clos.",
            "Appel d'offres réf. {v} : soumissions ouvertes.",
        ],
        "time": [
            "Le webinaire commence à {v}, heure de Genève.",
            "Ouverture des portes à {v}.",
            "En direct à {v} sur notre page, appelez pour vos questions.",
            "Rejoignez-nous dès {v} pour le débat.",
        ],
        "date-range": [
            "Le sommet a lieu {v} à Dakar.",
            "Inscriptions ouvertes {v}.",
            "Dates de l'exposition : {v}.",
            "Les formations ont lieu {v}.",
        ],
        "event-date": [
            "À noter : le {v}, Journée mondiale des réfugiés.",
            "La conférence du {v} sera retransmise.",
            "Les candidatures ferment le {v}.",
            "Rendez-vous à l'assemblée du {v}.",
        ],
        "percentage": [
            "Les transferts de fonds ont augmenté de {v}.",
            "Seuls {v} de l'appel sont financés.",
            "Les appels ont augmenté de {v} pendant la crise.",
            "La scolarisation a progressé de {v}.",
        ],
        "hotline": [
            "Le standard de notre bureau de Genève : {v}.",
            "Besoin d'aide ? Appelez la ligne d'assistance de l'OIM au {v}, gratuite, 24 h/24.",
            "Pour la presse, contactez notre service médias au {v}.",
            "Le numéro vert de la mission, {v}, répond du lundi au vendredi.",
        ],
    },
    "es": {
        "amount": [
            "El llamamiento recaudó {v} USD para refugios.",
            "Una donación de {v} euros financiará la clínica.",
            "Convocatoria: presupuestos de hasta {v} CHF.",
            "Los donantes prometieron ${v} ayer.",
        ],
        "year": [
            "Desde {v}, el programa ayuda a las familias a volver.",
            "Ya está disponible el informe {v}.",
            "En {v} el centro abrió sus puertas.",
            "Lean el balance anual {v} en nuestra web.",
        ],
        "year-range": [
            "La estrategia {v} pone a las personas primero.",
            "Entre {v} formamos a 400 enfermeras.",
            "Presentamos nuestro plan {v}.",
            "Ya están los resultados de la encuesta {v}.",
        ],
        "statistic": [
            "{v} personas fueron desplazadas por las inundaciones.",
            "Más de {v} migrantes cruzaron la región.",
            "Vacunamos a {v} niños.",
            "En total, {v} personas siguen sin refugio.",
        ],
        "isbn": [
            "Ya salió la guía: ISBN {v}.",
            "Pidan el informe (ISBN {v}) en su biblioteca.",
            "Cítese como Informe sobre las Migraciones, ISBN {v}.",
            "Edición impresa ISBN {v}, gratis en línea.",
        ],
        "reference": [
            "Indiquen la referencia {v} en su solicitud.",
            "La vacante n.º {v} cierra el viernes.",
            "El expediente {v} fue cerrado.",
            "Licitación ref. {v}: ofertas abiertas.",
        ],
        "time": [
            "El seminario empieza a las {v}, hora de Ginebra.",
            "Abrimos a las {v}.",
            "En vivo a las {v} en nuestra página, llamen con sus preguntas.",
            "Acompáñennos desde las {v} para el panel.",
        ],
        "date-range": [
            "La cumbre se celebra {v} en Lima.",
            "Inscripciones abiertas {v}.",
            "Fechas de la exposición: {v}.",
            "Las capacitaciones son {v}.",
        ],
        "event-date": [
            "Reserven la fecha: {v}, Día Mundial del Refugiado.",
            "La conferencia del {v} se transmitirá en vivo.",
            "Las postulaciones cierran el {v}.",
            "Los esperamos en la asamblea del {v}.",
        ],
        "percentage": [
            "Las remesas crecieron un {v} el año pasado.",
            "Solo el {v} del llamamiento está financiado.",
            "Las llamadas aumentaron un {v} durante la crisis.",
            "La matrícula subió un {v} en dos años.",
        ],
        "hotline": [
            "La centralita de nuestra oficina en Ginebra: {v}.",
            "¿Necesita ayuda? Llame a la línea de atención de la OIM al {v}, gratuita, 24/7.",
            "Para prensa, llamen a nuestra oficina de medios al {v}.",
            "La línea gratuita de la misión, {v}, atiende de lunes a viernes.",
        ],
    },
}

FAKER_PHONE_LOCALES = ("en_US", "en_GB", "fr_FR", "es_ES", "es_MX", "de_DE", "it_IT", "pt_BR", "ar_AA", "tr_TR")
FAKER_PERSONAL_LOCALES = ("en_US", "en_GB", "fr_FR", "es_ES", "es_MX")
PER_LOCALE = 40
"""Faker values per locale, type and split."""
NEGATIVES_PER_FORM = 12
"""Negatives per language, form and split: 3 languages x 11 forms x 12 = 396 a split."""

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}


def generated(split: str) -> list[GeneratedCase]:
    """Every generated case of `split` ("tune" or "measure"), the same on every run."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    return list(_generated(split))


@lru_cache(maxsize=2)
def _generated(split: str) -> tuple[GeneratedCase, ...]:
    return tuple(_region_phones(split) + _faker_cases(split) + _negatives(split))


def _frames(frames: list[str], split: str) -> list[str]:
    return frames[SPLITS.index(split)::2]


def _case(frame: str, value: str, **fields: str) -> GeneratedCase:
    start = frame.index("{v}")
    text = frame[:start] + value + frame[start + 3:]
    return GeneratedCase(text=text, span=(start, start + len(value)), **fields)  # type: ignore[arg-type]


def _language(locale: str) -> str:
    return locale.split("_")[0]


def _sentence_language(locale: str) -> str:
    """The frames' language: the locale's own for en/fr/es, generic English for the others."""
    language = _language(locale)
    return language if language in PHONE_FRAMES else "en"


def _region_phones(split: str) -> list[GeneratedCase]:
    import phonenumbers
    from phonenumbers import PhoneNumberFormat, PhoneNumberType

    frames = _frames(PHONE_FRAMES["en"], split)
    cases: list[GeneratedCase] = []
    count = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        examples = [phonenumbers.example_number(region), phonenumbers.example_number_for_type(region, PhoneNumberType.MOBILE)]
        seen: set[str] = set()
        for number in examples:
            if number is None:
                continue
            for form in ("INTERNATIONAL", "NATIONAL", "E164"):
                value = phonenumbers.format_number(number, getattr(PhoneNumberFormat, form))
                if (form, value) in seen:
                    continue
                seen.add((form, value))  # type: ignore[arg-type]
                frame = frames[count % len(frames)]
                count += 1
                cases.append(_case(frame, value, lang="en", locale=f"region:{region}", kind="phone", form=form,
                                   platform="any", account="personal"))
    return cases


def _faker_cases(split: str) -> list[GeneratedCase]:
    from faker import Faker

    cases: list[GeneratedCase] = []
    for index, locale in enumerate(FAKER_PHONE_LOCALES):
        fake = Faker(locale)
        fake.seed_instance(SEEDS[split] + index)
        rng = random.Random(SEEDS[split] * 31 + index)
        language = _sentence_language(locale)
        phone_frames = _frames(PHONE_FRAMES[language], split)
        for i in range(PER_LOCALE):
            cases.append(_case(phone_frames[i % len(phone_frames)], fake.phone_number(), lang=language, locale=locale,
                               kind="phone", form="faker", platform=rng.choice(("any", "facebook", "x")), account="personal"))
        if locale not in FAKER_PERSONAL_LOCALES:
            continue
        address_frames = _frames(ADDRESS_FRAMES[language], split)
        birth_frames = _frames(BIRTH_FRAMES[language], split)
        email_frames = _frames(EMAIL_FRAMES[language], split)
        for i in range(PER_LOCALE):
            address = ", ".join(line.strip() for line in fake.street_address().splitlines())
            if rng.random() < 0.4:
                address = f"{address}, {fake.city()}"
            cases.append(_case(address_frames[i % len(address_frames)], address, lang=language, locale=locale,
                               kind="address", form="faker", platform=rng.choice(("any", "facebook")), account="personal"))
        forms = _date_forms(locale)
        for i in range(PER_LOCALE):
            born = fake.date_of_birth(minimum_age=1, maximum_age=90)
            form = forms[i % len(forms)]
            cases.append(_case(birth_frames[i % len(birth_frames)], _written_date(born, form, locale), lang=language,
                               locale=locale, kind="birth-date", form=form, platform=rng.choice(("any", "facebook", "x")),
                               account=rng.choice(("personal", "institutional"))))
        for i in range(PER_LOCALE // 2):
            cases.append(_case(email_frames[i % len(email_frames)], fake.free_email(), lang=language, locale=locale,
                               kind="private-email", form="free-mail", platform="any", account="personal"))
    return cases


def _date_forms(locale: str) -> list[str]:
    usual = {"en_US": ["words", "us-slashed"], "en_GB": ["words", "slashed"]}.get(locale, ["words", "slashed"])
    return usual + ["iso", "dotted", "slashed-short", "words"]


def _written_date(day: date, form: str, locale: str) -> str:
    if form == "iso":
        return day.isoformat()
    if form == "dotted":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if form == "slashed":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    if form == "us-slashed":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if form == "slashed-short":
        if locale == "en_US":
            return f"{day.month}/{day.day}/{day.year % 100:02d}"
        return f"{day.day}/{day.month}/{day.year % 100:02d}"
    language = _language(locale)
    month = MONTHS[language][day.month - 1]
    if locale == "en_US":
        return f"{month} {day.day}, {day.year}"
    if language == "en":
        return f"{day.day} {month} {day.year}"
    if language == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    return f"{day.day} de {month} de {day.year}"


def _negatives(split: str) -> list[GeneratedCase]:
    cases: list[GeneratedCase] = []
    for index, (language, forms) in enumerate(NEGATIVE_FRAMES.items()):
        rng = random.Random(SEEDS[split] * 17 + index)
        for form, frames in forms.items():
            chosen = _frames(frames, split)
            for i in range(NEGATIVES_PER_FORM):
                value = _negative_value(form, language, rng)
                text = chosen[i % len(chosen)].replace("{v}", value)
                cases.append(GeneratedCase(text=text, lang=language, locale=language, kind="numeric-negative", form=form,
                                           platform=rng.choice(("x", "facebook", "linkedin", "any")),
                                           account=rng.choice(("institutional", "personal")), span=None))
    return cases


def _negative_value(form: str, language: str, rng: random.Random) -> str:
    thousands = {"en": ",", "fr": "\u202f" if rng.random() < 0.5 else " ", "es": "."}[language]
    if form == "amount":
        return _grouped(rng.randrange(10_000, 50_000_000), thousands, rng)
    if form == "year":
        return str(rng.randrange(1990, 2031))
    if form == "year-range":
        start = rng.randrange(1995, 2028)
        return f"{start}{rng.choice(('-', '–', '–'))}{start + rng.randrange(1, 6)}"
    if form == "statistic":
        value = rng.randrange(1_000, 300_000_000)
        if rng.random() < 0.3:
            return {"en": f"{value / 1e6:.1f} million", "fr": f"{value / 1e6:.1f} millions".replace(".", ","),
                    "es": f"{value / 1e6:.1f} millones".replace(".", ",")}[language]
        return _grouped(value, thousands, rng)
    if form == "isbn":
        body = f"978{rng.randrange(10**9):09d}"
        check = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body)) % 10) % 10
        digits = body + str(check)
        return f"{digits[:3]}-{digits[3:5]}-{digits[5:9]}-{digits[9:12]}-{digits[12]}" if rng.random() < 0.7 else digits
    if form == "reference":
        shape = rng.randrange(4)
        if shape == 0:
            return f"{rng.randrange(2015, 2027)}/{rng.randrange(1, 999):03d}"
        if shape == 1:
            return f"VN-{rng.randrange(2015, 2027)}-{rng.randrange(100, 99999)}"
        if shape == 2:
            return f"{rng.randrange(10**7, 10**9)}"
        return f"IOM-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}-{rng.randrange(10, 99)}"
    if form == "time":
        hour, minute = rng.randrange(7, 22), rng.choice((0, 15, 30, 45))
        if language == "en" and rng.random() < 0.5:
            return f"{(hour - 1) % 12 + 1}:{minute:02d} {'am' if hour < 12 else 'pm'}"
        return f"{hour}:{minute:02d}" if rng.random() < 0.5 else f"{hour}h{minute:02d}" if language == "fr" else f"{hour}.{minute:02d}"
    if form == "date-range":
        start = date(rng.randrange(2020, 2028), rng.randrange(1, 13), rng.randrange(1, 20))
        end = date(start.year, start.month, start.day + rng.randrange(1, 9))
        shape = rng.randrange(3)
        if shape == 0:
            return f"{start.day:02d}.{start.month:02d}.{start.year}–{end.day:02d}.{end.month:02d}.{end.year}"
        if shape == 1:
            return f"{start.isoformat()} – {end.isoformat()}"
        month = MONTHS[language][start.month - 1]
        joiner = {"en": "–", "fr": " au ", "es": " al "}[language]
        return f"{start.day}{joiner}{end.day} {'de ' if language == 'es' else ''}{month} {start.year}"
    if form == "event-date":
        day = date(rng.randrange(2020, 2028), rng.randrange(1, 13), rng.randrange(1, 29))
        shape = rng.randrange(4)
        if shape == 0:
            return day.isoformat()
        if shape == 1:
            return f"{day.day:02d}.{day.month:02d}.{day.year}"
        if shape == 2:
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
        return _written_date(day, "words", {"en": "en_GB", "fr": "fr_FR", "es": "es_ES"}[language])
    if form == "percentage":
        value = rng.randrange(1, 1000) / 10
        written = f"{value:g}" if language == "en" else f"{value:g}".replace(".", ",")
        return f"{written}{'%' if language == 'en' else ' %'}" if rng.random() < 0.7 else {
            "en": f"{written} per cent", "fr": f"{written} pour cent", "es": f"{written} por ciento"}[language]
    if form == "hotline":
        return rng.choice(("+41 22 717 91 11", "+1 212 963 1234", "+254 20 422 1000", "+221 33 869 62 00",
                           "0800 123 456", "+34 91 445 71 16", "+33 1 40 44 06 90", "+57 1 639 77 77"))
    raise ValueError(form)


def _grouped(value: int, separator: str, rng: random.Random) -> str:
    grouped = f"{value:,}".replace(",", separator)
    return grouped if rng.random() < 0.8 else str(value)


def main() -> None:
    for split in SPLITS:
        counts = Counter((case.kind, case.form if case.kind in ("phone", "numeric-negative") else "") for case in generated(split))
        print(split, sum(counts.values()), dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
