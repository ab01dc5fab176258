"""MkDocs hook: the handbook's rules on the site. Glue only; the work is in checks/.

- on_config: where the registry of published IDs is (`published-rules.json` beside the docs
  tree; fixed, so that no option can switch the guard off).
- on_files: parse every rule block (checks.parse; a malformed block fails the build with
  file:line), check the registry (checks.registry), and add `r/<ID>/` for every rule (a
  static redirect to an active rule's card; a page explaining a superseded or retired rule)
  and `rules.json` (the compiled rulebook) to the site.
- on_page_markdown: rule blocks → cards; the `<!-- rules-index -->` marker → the rules
  index (checks.render).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from checks import registry
from checks.errors import RulebookError
from checks.model import Rulebook
from checks.parse import parse_files
from checks.render import (Place, page_title, render_cards, rules_index, short_link_alias, short_link_alias_path,
                           short_link_page, short_link_redirect, short_link_redirect_path, short_link_src)

log = logging.getLogger("mkdocs.hooks.handbook")

INDEX_MARKER = "<!-- rules-index -->"
RULES_JSON = "rules.json"

_state: dict[str, Any] = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if "registry" in config.extra.get("handbook", {}):
        raise PluginError("extra.handbook.registry: the registry of published IDs is always published-rules.json "
                          "beside the docs folder; remove the option.")
    _state.clear()
    _state["registry"] = registry.location(config.docs_dir)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    pages = {_display(file): file for file in files.documentation_pages()}
    try:
        rulebook = parse_files({name: file.content_string for name, file in pages.items()})
    except RulebookError as error:
        raise PluginError(str(error)) from None
    _check_registry(rulebook, _state["registry"])

    places = {}
    for rule in rulebook.rules:
        file = pages[rule.file]
        places[rule.id] = Place(file.src_uri, file.url, page_title(file.content_string, file.name))
    _state.update(rulebook=rulebook, places=places)

    language = config.theme.get("language") or "en"
    for rule in rulebook.rules:
        for src in (short_link_src(rule.id), short_link_redirect_path(rule.id), short_link_alias_path(rule.id)):
            if files.get_file_from_path(src):
                raise PluginError(f"{src} exists in the docs, but r/{rule.id}/ is {rule.id}'s short link; remove the file.")
        if rule.status == "active":
            # A static redirect: cheap however many rules there are (see checks.render.short_link_redirect).
            files.append(File.generated(config, short_link_redirect_path(rule.id),
                                        content=short_link_redirect(rule, places, config.site_name, language)))
        else:
            files.append(File.generated(config, short_link_src(rule.id), content=short_link_page(rule, rulebook, places),
                                        inclusion=InclusionLevel.NOT_IN_NAV))
        # r/<id>/ in lower case moves on to r/<ID>/ (the 404 page maps any other casing).
        files.append(File.generated(config, short_link_alias_path(rule.id),
                                    content=short_link_alias(rule, config.site_name, language)))
    files.append(File.generated(config, RULES_JSON, content=rulebook.dumps() + "\n"))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    rulebook: Rulebook = _state["rulebook"]
    root = _root(page)
    if "/// rule" in markdown:
        markdown = render_cards(markdown, rulebook, root, _state["places"], page.file.src_uri)
    if INDEX_MARKER in markdown:
        index = rules_index(rulebook, root, _state["places"])
        markdown = "\n".join(index if line.strip() == INDEX_MARKER else line for line in markdown.split("\n"))
    return markdown


def _check_registry(rulebook: Rulebook, path: Path) -> None:
    try:
        published = registry.load(path)
    except registry.RegistryUnreadable as error:
        raise PluginError(str(error)) from None
    problems = registry.check(rulebook, published)
    if problems:
        raise PluginError(str(registry.RegistryError(problems, path)))
    new = registry.unrecorded(rulebook, published)
    if new:
        shown = ", ".join(r.id for r in new[:8]) + (f" and {len(new) - 8} more" if len(new) > 8 else "")
        log.info(f"{len(new)} rule(s) not yet in {path.name}: {shown}. "
                 "Record them before publishing: python -m checks.registry record")


def _display(file: File) -> str:
    """The file's name as checks.parse reports it (relative to the working directory when inside it)."""
    path = Path(file.abs_src_path or file.src_path)
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return os.fspath(path)


def _root(page: Page) -> str:
    """The relative way from the page to the site's root: "" or "../../"."""
    root = get_relative_url(".", page.url)
    return "" if root == "." else root + "/"
