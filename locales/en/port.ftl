# The port page: title, facts from the registry, range, check commands.

port-label = Port { $port }
port-title = Port { $port }
port-title-named = Port { $port }: { $names }
port-description = What port { $port } is, what the IANA registry says about it, and how to check what is listening on it.
port-description-zero = Why nothing can listen on port 0, what the IANA registry says about it, and what a program that asks for port 0 gets instead.
port-description-named = Port { $port } is registered for { $names }. What the IANA registry says, what you may find on it, and how to check what is listening.

class-well-known = Well-known port
class-registered = Registered port
class-dynamic = Dynamic or private port

entry-untranslated = This entry has not been translated into English yet; it is shown in its original language.
entry-read-original = Read the original page
entry-updated = Last updated { $date }.

facts-title = What the IANA registry says
facts-services-caption = { $count ->
    [1] The service registered for port { $port }
    [2] The two services registered for port { $port }
    [3] The three services registered for port { $port }
    [4] The four services registered for port { $port }
    [5] The five services registered for port { $port }
   *[other] The { $count } services registered for port { $port }
}
facts-name = Service name
facts-protocol = Protocol
facts-description = Description
facts-protocol-unspecified = not specified
facts-range = Ports of this registration
facts-assignee = Assignee
facts-contact = Contact
facts-registered = Registered
facts-modified = Last modified
facts-modified-on = (last changed { $date })
facts-references = References
facts-legacy-name = Replaces the older name
facts-unauthorized = Unauthorized use reported
facts-notes = Notes
facts-source = Source: the IANA Service Name and Transport Protocol Port Number Registry.

status-reserved = Port { $port } is reserved by IANA: no service may be registered on it.
status-reserved-for = { $protocol_count ->
    [1] Port { $port } is reserved by IANA for { $protocols }: no service may be registered on it over that protocol.
   *[other] Port { $port } is reserved by IANA for { $protocols }: no service may be registered on it over these protocols.
}
status-unassigned = Port { $port } is unassigned: nobody has registered it.
status-unassigned-for = { $protocol_count ->
    [1] Port { $port } is unassigned for { $protocols }: nobody has registered it for that protocol.
   *[other] Port { $port } is unassigned for { $protocols }: nobody has registered it for these protocols.
}
status-de-registered = The registration of port { $port } was withdrawn.
status-de-registered-for = The registration of port { $port } for { $protocols } was withdrawn.
status-removed = The service once registered on port { $port } was removed from the registry.
status-removed-for = The service once registered on port { $port } for { $protocols } was removed from the registry.
status-in-range = This status covers ports { $start }–{ $end }.
status-unlisted = Port { $port } is not in the IANA registry: it belongs to the dynamic range, which is never assigned.

range-section-title = Which range port { $port } belongs to
range-explain-well-known = Port { $port } is a well-known port ({ $start }–{ $end }). IANA assigns these through IETF Review or IESG Approval, and on most systems only privileged programs may listen on them.
range-explain-registered = Port { $port } is in the registered range ({ $start }–{ $end }). IANA assigns these to services that apply for them; any program may open them without special privileges.
range-explain-dynamic = Port { $port } is in the dynamic or private range ({ $start }–{ $end }). IANA never assigns these: operating systems use them for the temporary (ephemeral) ports of outgoing connections.
range-browse = Browse ports { $start }–{ $end }

checks-title = How to check what’s listening
checks-intro = Run one of these commands on the machine you want to inspect; each shows the program listening on port { $port }.
checks-nothing = If nothing shows up, nothing is listening: the port is closed. That is the most common result.
checks-port-zero = Nothing can listen on port 0. A program that asks to listen on port 0 is given a free port chosen by the operating system, so there is nothing to look for here.
platform-macos = macOS
platform-linux = Linux
platform-windows = Windows
shell-bash = Terminal
shell-powershell = PowerShell
shell-cmd = Command Prompt
check-lsof-tcp = programs listening on TCP port { $port }
check-lsof-udp = programs with UDP port { $port } open
check-ss = listening TCP and UDP sockets on port { $port }, with their process
check-ps-tcp = TCP listeners on port { $port } and their process
check-ps-udp = UDP endpoints on port { $port } and their process
check-netstat = connections with port { $port } at either end, with the process ID

faq-title = Frequently asked questions
sources-title = Sources
