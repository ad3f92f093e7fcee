# The FAQ generated for every port from the registry facts.

faq-purpose-q = Wofür wird Port { $port } verwendet?
faq-purpose-assigned = { $count ->
    [one] Die IANA hat Port { $port } für { $names } registriert. Trotzdem kann jedes Programm auf diesem Port lauschen; prüfen Sie also, was dort tatsächlich läuft, bevor Sie sich auf den Namen verlassen.
   *[other] Die IANA hat für Port { $port } { $count } Dienstnamen registriert: { $names }. Trotzdem kann jedes Programm auf diesem Port lauschen; prüfen Sie also, was dort tatsächlich läuft, bevor Sie sich auf einen dieser Namen verlassen.
}
faq-purpose-reserved = Port { $port } ist reserviert: Die IANA hält ihn von jeder Nutzung frei, daher läuft dort kein Standarddienst. Was dort lauscht, ist eine lokale Entscheidung.
faq-purpose-unassigned = Offiziell für nichts: Port { $port } ist im IANA-Register nicht zugewiesen. Programme dürfen ihn trotzdem ohne Registrierung nutzen; prüfen Sie also, was auf Ihrem Rechner lauscht.
faq-purpose-withdrawn = Port { $port } ist derzeit nicht registriert: Der früher dafür registrierte Dienst wurde zurückgezogen oder entfernt.
faq-purpose-unlisted = Port { $port } liegt im dynamischen Bereich, den die IANA nie vergibt. Ihr Betriebssystem weist Ports aus diesem Bereich ausgehenden Verbindungen zu, und jedes Programm darf sie vorübergehend nutzen.
faq-protocol-q = Verwendet Port { $port } TCP oder UDP?
faq-protocol-a = Das IANA-Register führt Port { $port } für { $protocols }.
faq-protocol-none = Das IANA-Register nennt für Port { $port } kein Transportprotokoll. Ein Programm, das ihn nutzt, kann TCP, UDP oder beides verwenden.
faq-range-q = Ist Port { $port } ein Well-known Port, ein registrierter oder ein dynamischer Port?
faq-range-well-known = Port { $port } ist ein Well-known Port (0–1023).
faq-range-registered = Port { $port } ist ein registrierter Port (1024–49151).
faq-range-dynamic = Port { $port } ist ein dynamischer oder privater Port (49152–65535).
faq-listening-q = Wie finde ich heraus, welches Programm Port { $port } verwendet?
faq-listening-a = Verwenden Sie die Befehle im Abschnitt „So prüfen Sie, welches Programm lauscht“ auf dieser Seite: lsof unter macOS, ss unter Linux, Get-NetTCPConnection oder netstat unter Windows. Sie zeigen den Prozess, der Port { $port } belegt.
faq-safe-q = Ist es sicher, wenn Port { $port } offen ist?
faq-safe-a = Ein offener Port ist nur so sicher wie das Programm dahinter. Wenn Sie das Programm, das auf Port { $port } lauscht, nicht kennen, finden Sie heraus, worum es sich handelt, und sperren Sie den Port in Ihrer Firewall, falls ihn nichts benötigt.
