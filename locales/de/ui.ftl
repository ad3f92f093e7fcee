# Site chrome: header, navigation, search, footer, theme.

site-name = Port-Referenz
site-tagline = Alle TCP- und UDP-Ports von 0 bis 65535 erklärt: was im IANA-Register steht, was Sie dort tatsächlich antreffen und wie Sie es prüfen.
feed-title = Neue und aktualisierte Beiträge zu Ports

nav-skip = Zum Inhalt springen
nav-home = Startseite
nav-breadcrumbs = Pfadnavigation
nav-languages = Sprachen
nav-neighbours = Benachbarte Seiten
nav-prev = ← Port { $port }
nav-next = Port { $port } →

theme-toggle = Farbschema
theme-dark = Zum dunklen Farbschema wechseln
theme-light = Zum hellen Farbschema wechseln

search-label = Ports durchsuchen
search-placeholder = Port oder Dienst, z. B. 3712 oder ssh
search-button = Suchen
search-hint = Geben Sie eine Portnummer ein, um direkt dorthin zu springen, oder Wörter aus dem Namen oder der Beschreibung eines Dienstes.
search-empty = Für diese Suche wurde kein Port gefunden.
search-loading = Suchindex wird geladen …
search-goto = Zu Port { $port }

lang-hint = Diese Seite gibt es auch auf Deutsch.
lang-hint-dismiss = Schließen

footer-data = Registerdaten: IANA Service Name and Transport Protocol Port Number Registry (CC0).
footer-iana = Register auf der IANA-Website ansehen
footer-generator = Erstellt mit portsite.

copy-button = Kopieren
copy-done = Kopiert

feedback-question = War diese Seite hilfreich?
feedback-yes = Ja
feedback-no = Nein
feedback-thanks = Vielen Dank für Ihr Feedback!
feedback-error = Ihre Antwort konnte nicht gesendet werden. Bitte versuchen Sie es später noch einmal.

edit-page = Diese Seite bearbeiten
edit-create = Einen Beitrag zu diesem Port schreiben

# Abschnittsüberschriften eines neuen Eintrags aus `portsite new`.
new-heading-what = Was ist dieser Port?
new-heading-practice = Was Sie dort in der Praxis antreffen
new-heading-checks = So prüfen Sie, welches Programm lauscht
new-heading-security = Hinweise zur Sicherheit
search-nojs = Die Suche läuft in Ihrem Browser und benötigt JavaScript. Unten können Sie trotzdem alle Ports nach Bereichen durchblättern.

# Separators between the items of a list that is not a sentence (table cells: service
# names, references), as the language punctuates them.
list-comma = {", "}
list-semicolon = {"; "}
