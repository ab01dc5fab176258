"""Shared test support for the site and checker tests. No test logic here.

- server.py  SiteServer: a threaded static server for a built site, under a sub-path, recording requests
- browser.py launch_chromium (Debian's chromium, the agreed flags), RequestLog, axe_violations
- build.py   build_site (mkdocs build --strict, real docs/ or a fixture tree), fixture_tree
- scan.py    references: every reference a built site's HTML, CSS and JS makes to another host
"""
