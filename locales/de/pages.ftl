# Home, range and "not found" pages.

home-stats = { $total } Ports, davon { $assigned } mit einer Registrierung bei der IANA.
home-curated-title = Ports mit ausführlichem Beitrag
home-browse-title = Alle Ports durchblättern
home-class-well-known = Well-known-Ports
home-class-registered = Registrierte Ports
home-class-dynamic = Dynamische und private Ports
class-explain-well-known = Von der IANA für Standarddienste wie HTTP und SSH vergeben; zum Öffnen sind meist Administratorrechte nötig.
class-explain-registered = Von Herstellern und Projekten bei der IANA registriert; jedes Programm darf sie nutzen.
class-explain-dynamic = Nie vergeben; Betriebssysteme verwenden sie als ephemere Ports für ausgehende Verbindungen.

range-title = Ports { $start }–{ $end }
range-description = Alle Ports von { $start } bis { $end } mit den Diensten, die das IANA-Register für sie führt.
range-prev = ← Ports { $start }–{ $end }
range-next = Ports { $start }–{ $end } →
range-curated-legend = Ports mit ausführlichem Beitrag.
range-curated-mark = (ausführlicher Beitrag)
range-col-port = Port
range-col-service = Dienstname
range-col-description = Beschreibung
status-tag-reserved = Reserviert
status-tag-unassigned = Nicht vergeben
status-tag-de-registered = Registrierung zurückgezogen
status-tag-removed = Entfernt
status-tag-unlisted = Dynamisch

notfound-title = Seite nicht gefunden
notfound-text = Unter dieser Adresse gibt es keine Seite. Suchen Sie nach einem Port oder einem Dienst oder springen Sie direkt zu einer Portnummer.
notfound-goto-label = Portnummer
notfound-goto-button = Zum Port
notfound-home = Zurück zur Startseite

# The contributors' translation status page (/contributing/translations/).
translations-title = Stand der Übersetzungen
translations-description = Alle von Hand geschriebenen Portbeiträge in jeder Sprache der Website und ihr Stand: aktuell übersetzt, veraltet oder noch nicht übersetzt.
translations-summary = Übersetzungen: { $translated } aktuell, { $stale } veraltet, { $missing } fehlend.
translations-rule = Eine Übersetzung ist veraltet, wenn ihr Datum source_updated älter ist als das Datum updated des Originals. Bringen Sie sie auf den neuesten Stand und setzen Sie dann source_updated auf das Datum des Originals; portsite check meldet dieselben Lücken.
translations-original = Original
translations-translated = aktuell
translations-stale = veraltet
translations-stale-since = veraltet: übersetzt aus der Fassung vom { $done }, Original am { $updated } aktualisiert
translations-missing = fehlt: jetzt übersetzen
