# The FAQ generated for every port from the registry facts.

faq-purpose-q = Wofür wird Port { $port } verwendet?
faq-purpose-assigned = { $count ->
    [1] Die IANA hat Port { $port } für { $names } registriert. Trotzdem kann jedes Programm auf diesem Port lauschen; prüfen Sie also, was dort tatsächlich läuft, bevor Sie sich auf den Namen verlassen.
    [2] Die IANA hat für Port { $port } zwei Dienstnamen registriert: { $names }. Trotzdem kann jedes Programm auf diesem Port lauschen; prüfen Sie also, was dort tatsächlich läuft, bevor Sie sich auf einen der beiden Namen verlassen.
    [3] Die IANA hat für Port { $port } drei Dienstnamen registriert: { $names }. Trotzdem kann jedes Programm auf diesem Port lauschen; prüfen Sie also, was dort tatsächlich läuft, bevor Sie sich auf einen dieser Namen verlassen.
    [4] Die IANA hat für Port { $port } vier Dienstnamen registriert: { $names }. Trotzdem kann jedes Programm auf diesem Port lauschen; prüfen Sie also, was dort tatsächlich läuft, bevor Sie sich auf einen dieser Namen verlassen.
    [5] Die IANA hat für Port { $port } fünf Dienstnamen registriert: { $names }. Trotzdem kann jedes Programm auf diesem Port lauschen; prüfen Sie also, was dort tatsächlich läuft, bevor Sie sich auf einen dieser Namen verlassen.
    [6] Die IANA hat für Port { $port } sechs Dienstnamen registriert: { $names }. Trotzdem kann jedes Programm auf diesem Port lauschen; prüfen Sie also, was dort tatsächlich läuft, bevor Sie sich auf einen dieser Namen verlassen.
    [7] Die IANA hat für Port { $port } sieben Dienstnamen registriert: { $names }. Trotzdem kann jedes Programm auf diesem Port lauschen; prüfen Sie also, was dort tatsächlich läuft, bevor Sie sich auf einen dieser Namen verlassen.
    [8] Die IANA hat für Port { $port } acht Dienstnamen registriert: { $names }. Trotzdem kann jedes Programm auf diesem Port lauschen; prüfen Sie also, was dort tatsächlich läuft, bevor Sie sich auf einen dieser Namen verlassen.
    [9] Die IANA hat für Port { $port } neun Dienstnamen registriert: { $names }. Trotzdem kann jedes Programm auf diesem Port lauschen; prüfen Sie also, was dort tatsächlich läuft, bevor Sie sich auf einen dieser Namen verlassen.
    [10] Die IANA hat für Port { $port } zehn Dienstnamen registriert: { $names }. Trotzdem kann jedes Programm auf diesem Port lauschen; prüfen Sie also, was dort tatsächlich läuft, bevor Sie sich auf einen dieser Namen verlassen.
    [11] Die IANA hat für Port { $port } elf Dienstnamen registriert: { $names }. Trotzdem kann jedes Programm auf diesem Port lauschen; prüfen Sie also, was dort tatsächlich läuft, bevor Sie sich auf einen dieser Namen verlassen.
    [12] Die IANA hat für Port { $port } zwölf Dienstnamen registriert: { $names }. Trotzdem kann jedes Programm auf diesem Port lauschen; prüfen Sie also, was dort tatsächlich läuft, bevor Sie sich auf einen dieser Namen verlassen.
   *[other] Die IANA hat für Port { $port } { $count } Dienstnamen registriert: { $names }. Trotzdem kann jedes Programm auf diesem Port lauschen; prüfen Sie also, was dort tatsächlich läuft, bevor Sie sich auf einen dieser Namen verlassen.
}
faq-purpose-reserved = Port { $port } ist reserviert: Die IANA hält ihn von jeder Nutzung frei, daher läuft dort kein Standarddienst. Lauscht dort ein Programm, wurde es lokal so eingerichtet.
faq-purpose-zero = Für nichts: Die IANA hat Port 0 reserviert, und kein Programm kann darauf lauschen. Wer vom System verlangt, auf Port 0 zu lauschen, fordert damit einen beliebigen freien Port an: Das Programm erhält stattdessen einen ephemeren Port.
faq-purpose-unassigned = Offiziell für nichts: Port { $port } ist im IANA-Register nicht vergeben. Programme dürfen ihn trotzdem ohne Registrierung nutzen; prüfen Sie also, was auf Ihrem Rechner lauscht.
faq-purpose-withdrawn = Port { $port } ist derzeit nicht registriert: Die frühere Registrierung wurde zurückgezogen oder der Dienst aus dem Register entfernt.
faq-purpose-unlisted = Port { $port } liegt im dynamischen Bereich, dessen Ports die IANA nie vergibt. Ihr Betriebssystem weist Ports aus diesem Bereich ausgehenden Verbindungen zu, und jedes Programm darf sie vorübergehend nutzen.
faq-protocol-q = Verwendet Port { $port } TCP oder UDP?
faq-protocol-a = Das IANA-Register führt Port { $port } für { $protocols }.
faq-protocol-none = Das IANA-Register nennt für Port { $port } kein Transportprotokoll. Ein Programm, das ihn nutzt, kann TCP, UDP oder beides verwenden.
faq-protocol-reserved = Keines von beiden: Die IANA hält Port { $port } für { $protocols } lediglich reserviert; ein Dienst ist dort nicht registriert.
faq-protocol-unassigned = Für Port { $port } ist kein Dienst registriert: Er ist für { $protocols } nicht vergeben. Ein Programm, das ihn trotzdem nutzt, kann TCP, UDP oder beides verwenden.
faq-protocol-withdrawn = Keines mehr: Die Registrierung von Port { $port } für { $protocols } wurde zurückgezogen.
faq-range-q = Ist Port { $port } ein Well-known-Port, ein registrierter oder ein dynamischer Port?
faq-range-well-known = Port { $port } ist ein Well-known-Port (0–1023).
faq-range-registered = Port { $port } ist ein registrierter Port (1024–49151).
faq-range-dynamic = Port { $port } ist ein dynamischer oder privater Port (49152–65535).
faq-listening-q = Wie finde ich heraus, welches Programm Port { $port } verwendet?
faq-listening-a = Verwenden Sie die Befehle im Abschnitt „{ $section }“ auf dieser Seite: lsof unter macOS, ss unter Linux, Get-NetTCPConnection, Get-NetUDPEndpoint oder netstat unter Windows. Sie zeigen den Prozess, der Port { $port } belegt.
faq-zero-q = Kann ein Programm auf Port 0 lauschen?
faq-zero-a = Nein. Port 0 ist kein echter Port, sondern eine Anfrage: Ein Programm, das sich an Port 0 bindet, fordert beim Betriebssystem einen beliebigen freien Port an und erhält einen ephemeren Port. Da kein Programm Verbindungen auf Port 0 annehmen kann, ist Datenverkehr an diesen Port ungewöhnlich und einen genaueren Blick wert.
faq-safe-q = Ist es sicher, wenn Port { $port } offen ist?
faq-safe-a = Ein offener Port ist nur so sicher wie das Programm dahinter. Wenn Sie das Programm, das auf Port { $port } lauscht, nicht kennen, finden Sie heraus, worum es sich handelt, und sperren Sie den Port in Ihrer Firewall, falls ihn nichts benötigt.
