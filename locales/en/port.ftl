# The port page: title, facts from the registry, range, check commands.

port-label = Port { $port }
port-title = Port { $port }
port-title-named = Port { $port } ({ $name })
port-description = What port { $port } is, what the IANA registry says about it, and how to check what is listening on it.
port-description-named = Port { $port } is registered for { $name }. What the IANA registry says, what you may find on it, and how to check what is listening.

class-well-known = Well-known port
class-registered = Registered port
class-dynamic = Dynamic or private port

entry-untranslated = This entry has not been translated into English yet; it is shown in its original language.
entry-read-original = Read the original page
entry-updated = Last updated { $date }.

facts-title = What the IANA registry says
facts-services-caption = { $count ->
    [one] The service registered for port { $port }
   *[other] The { $count } services registered for port { $port }
}
facts-name = Service name
facts-protocol = Protocol
facts-description = Description
facts-protocol-unspecified = not specified
facts-range = Registered range
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

status-reserved = Port { $port } is reserved by IANA for { $protocols }: it must not be used for a service.
status-unassigned = Port { $port } is unassigned for { $protocols }: nobody has registered it.
status-de-registered = The registration of port { $port } for { $protocols } was withdrawn.
status-removed = The service once registered on port { $port } for { $protocols } was removed from the registry.
status-in-range = This status covers ports { $start }–{ $end }.
status-unlisted = Port { $port } is not in the IANA registry: it belongs to the dynamic range, which is never assigned.

range-section-title = Which range port { $port } belongs to
range-explain-well-known = Port { $port } is a well-known port ({ $start }–{ $end }). IANA assigns these through an IETF review, and on most systems only privileged programs may listen on them.
range-explain-registered = Port { $port } is in the registered range ({ $start }–{ $end }). IANA assigns these to services that apply for them; any program may open them without special privileges.
range-explain-dynamic = Port { $port } is in the dynamic or private range ({ $start }–{ $end }). IANA never assigns these: operating systems use them for the temporary (ephemeral) ports of outgoing connections.
range-browse = Browse ports { $start }–{ $end }

checks-title = How to check what's listening
checks-intro = Run one of these commands on the machine you want to inspect; each shows the program listening on port { $port }.
checks-nothing = If nothing shows up, nothing is listening: the port is closed. That is the most common result.
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
check-netstat = every connection on port { $port }, with the process ID

faq-title = Frequently asked questions
sources-title = Sources
