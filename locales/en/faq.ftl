# The FAQ generated for every port from the registry facts.

faq-purpose-q = What is port { $port } used for?
faq-purpose-assigned = { $count ->
    [1] IANA has registered port { $port } for { $names }. Any program can still listen on it, so check what is actually running before you trust the name.
    [2] IANA has registered two service names on port { $port }: { $names }. Any program can still listen on it, so check what is actually running before you trust either name.
    [3] IANA has registered three service names on port { $port }: { $names }. Any program can still listen on it, so check what is actually running before you trust a name.
   *[other] IANA has registered { $count } service names on port { $port }: { $names }. Any program can still listen on it, so check what is actually running before you trust a name.
}
faq-purpose-reserved = Port { $port } is reserved: IANA keeps it out of use, so no standard service runs on it. A program listening there was set up to use it locally.
faq-purpose-zero = Nothing: IANA has reserved port 0, and no program can listen on it. Asking the system to listen on port 0 means "give me any free port": the program gets an ephemeral port instead.
faq-purpose-unassigned = Nothing: port { $port } is unassigned in the IANA registry. Programs may still use it without registering, so check what is listening on your machine.
faq-purpose-withdrawn = Port { $port } has no current registration: the service once registered there was withdrawn or removed.
faq-purpose-unlisted = Port { $port } is in the dynamic range, which IANA never assigns. Your operating system hands out ports from this range for outgoing connections, and any program may use them temporarily.
faq-protocol-q = Does port { $port } use TCP or UDP?
faq-protocol-a = The IANA registry lists port { $port } for { $protocols }.
faq-protocol-none = The IANA registry names no transport protocol for port { $port }. A program that uses it may choose TCP, UDP or both.
faq-protocol-reserved = Neither: IANA has reserved port { $port } for { $protocols }, and no service is registered on it.
faq-protocol-unassigned = No service is registered on it: port { $port } is unassigned for { $protocols }. A program that uses it anyway may choose TCP, UDP or both.
faq-protocol-withdrawn = Neither any more: the registration of port { $port } for { $protocols } was withdrawn.
faq-range-q = Is port { $port } a well-known, registered or dynamic port?
faq-range-well-known = Port { $port } is a well-known port (0–1023).
faq-range-registered = Port { $port } is a registered port (1024–49151).
faq-range-dynamic = Port { $port } is a dynamic or private port (49152–65535).
faq-listening-q = How do I find out which program is using port { $port }?
faq-listening-a = Use the commands under “{ $section }” on this page: lsof on macOS, ss on Linux, Get-NetTCPConnection, Get-NetUDPEndpoint or netstat on Windows. They show the process that holds port { $port }.
faq-zero-q = Can a program listen on port 0?
faq-zero-a = No. Port 0 is a request, not a port: a program that binds to port 0 asks the operating system for any free port and is given an ephemeral one. Since no program can accept connections on port 0, traffic addressed to it is unusual and worth a closer look.
faq-safe-q = Is it safe to have port { $port } open?
faq-safe-a = An open port is only as safe as the program behind it. If you do not recognize the program listening on port { $port }, find out what it is, and block the port in your firewall if nothing needs it.
