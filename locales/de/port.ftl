# The port page: title, facts from the registry, range, check commands.

port-label = Port { $port }
port-title = Port { $port }
port-title-named = Port { $port }: { $names }
port-description = Was es mit Port { $port } auf sich hat, was das IANA-Register darüber sagt und wie Sie prüfen, welches Programm darauf lauscht.
port-description-zero = Warum auf Port 0 kein Programm lauschen kann, was das IANA-Register darüber sagt und was ein Programm stattdessen erhält, wenn es Port 0 anfordert.
port-description-named = Port { $port } ist für { $names } registriert. Was das IANA-Register dazu sagt, was Sie dort antreffen können und wie Sie prüfen, welches Programm auf dem Port lauscht.

class-well-known = Well-known-Port
class-registered = Registrierter Port
class-dynamic = Dynamischer oder privater Port

entry-untranslated = Dieser Beitrag liegt noch nicht auf Deutsch vor; er wird in der Originalsprache angezeigt.
entry-read-original = Originalseite lesen
entry-updated = Zuletzt aktualisiert: { $date }.

facts-title = Was das IANA-Register sagt
facts-services-caption = { $count ->
    [1] Der für Port { $port } registrierte Dienstname
    [2] Die zwei für Port { $port } registrierten Dienstnamen
    [3] Die drei für Port { $port } registrierten Dienstnamen
    [4] Die vier für Port { $port } registrierten Dienstnamen
    [5] Die fünf für Port { $port } registrierten Dienstnamen
    [6] Die sechs für Port { $port } registrierten Dienstnamen
    [7] Die sieben für Port { $port } registrierten Dienstnamen
    [8] Die acht für Port { $port } registrierten Dienstnamen
    [9] Die neun für Port { $port } registrierten Dienstnamen
    [10] Die zehn für Port { $port } registrierten Dienstnamen
    [11] Die elf für Port { $port } registrierten Dienstnamen
    [12] Die zwölf für Port { $port } registrierten Dienstnamen
   *[other] Die { $count } für Port { $port } registrierten Dienstnamen
}
facts-name = Dienstname
facts-protocol = Protokoll
facts-description = Beschreibung
facts-protocol-unspecified = nicht angegeben
facts-range = Portbereich der Registrierung
facts-assignee = Vergeben an
facts-contact = Kontakt
facts-registered = Registriert
facts-modified = Zuletzt geändert
facts-modified-on = (zuletzt geändert: { $date })
facts-references = Referenzen
facts-legacy-name = Ersetzt den älteren Namen
facts-unauthorized = Gemeldete unbefugte Nutzung
facts-notes = Hinweise
facts-source = Quelle: IANA Service Name and Transport Protocol Port Number Registry.

status-reserved = Port { $port } ist von der IANA reserviert: Für diesen Port darf kein Dienst registriert werden.
status-reserved-for = { $protocol_count ->
    [1] Port { $port } ist von der IANA für { $protocols } reserviert: Für dieses Protokoll darf auf dem Port kein Dienst registriert werden.
   *[other] Port { $port } ist von der IANA für { $protocols } reserviert: Für diese Protokolle darf auf dem Port kein Dienst registriert werden.
}
status-unassigned = Port { $port } ist nicht vergeben: Niemand hat ihn registriert.
status-unassigned-for = { $protocol_count ->
    [1] Port { $port } ist für { $protocols } nicht vergeben: Niemand hat ihn für dieses Protokoll registriert.
   *[other] Port { $port } ist für { $protocols } nicht vergeben: Niemand hat ihn für diese Protokolle registriert.
}
status-de-registered = Die Registrierung von Port { $port } wurde zurückgezogen.
status-de-registered-for = Die Registrierung von Port { $port } für { $protocols } wurde zurückgezogen.
status-removed = Der früher für Port { $port } registrierte Dienst wurde aus dem Register entfernt.
status-removed-for = Der Dienst, der früher für { $protocols } auf Port { $port } registriert war, wurde aus dem Register entfernt.
status-in-range = Das gilt für alle Ports von { $start } bis { $end }.
status-unlisted = Port { $port } steht nicht im IANA-Register: Er gehört zum dynamischen Bereich, dessen Ports nie vergeben werden.

range-section-title = Zu welchem Bereich Port { $port } gehört
range-explain-well-known = Port { $port } ist ein Well-known-Port ({ $start }–{ $end }). Die IANA vergibt diese Ports nach einem IETF-Review oder mit Zustimmung der IESG; auf den meisten Systemen dürfen nur privilegierte Programme darauf lauschen.
range-explain-registered = Port { $port } liegt im Bereich der registrierten Ports ({ $start }–{ $end }). Die IANA vergibt diese Ports an Dienste, die sie beantragen; jedes Programm darf sie ohne besondere Rechte öffnen.
range-explain-dynamic = Port { $port } liegt im dynamischen oder privaten Bereich ({ $start }–{ $end }). Die IANA vergibt diese Ports nie: Betriebssysteme verwenden sie als temporäre (ephemere) Ports für ausgehende Verbindungen.
range-browse = Ports { $start }–{ $end } durchblättern

checks-title = So prüfen Sie, welches Programm lauscht
checks-intro = Führen Sie einen dieser Befehle auf dem Rechner aus, den Sie untersuchen möchten; jeder zeigt das Programm, das auf Port { $port } lauscht.
checks-nothing = Erscheint keine Ausgabe, lauscht kein Programm auf dem Port: Er ist geschlossen. Das ist das häufigste Ergebnis.
checks-port-zero = Auf Port 0 kann kein Programm lauschen. Wer Port 0 anfordert, bekommt vom Betriebssystem einen freien Port zugeteilt; hier gibt es also nichts zu suchen.
platform-macos = macOS
platform-linux = Linux
platform-windows = Windows
shell-bash = Terminal
shell-powershell = PowerShell
shell-cmd = Eingabeaufforderung
check-lsof-tcp = Programme, die auf TCP-Port { $port } lauschen
check-lsof-udp = Programme, die UDP-Port { $port } geöffnet haben
check-ss = lauschende TCP- und UDP-Sockets auf Port { $port } samt zugehörigem Prozess
check-ps-tcp = lauschende TCP-Sockets auf Port { $port } samt zugehörigem Prozess
check-ps-udp = UDP-Endpunkte auf Port { $port } samt zugehörigem Prozess
check-netstat = Verbindungen, die auf einer der beiden Seiten Port { $port } nutzen, samt Prozess-ID

faq-title = Häufig gestellte Fragen
sources-title = Quellen
