# The FAQ generated for every port from the registry facts.

faq-purpose-q = What is port { $port } used for?
faq-purpose-assigned = { $count ->
    [one] IANA has registered port { $port } for { $names }. Any program can still listen on it, so check what is actually running before you trust the name.
   *[other] IANA has registered { $count } service names on port { $port }: { $names }. Any program can still listen on it, so check what is actually running before you trust a name.
}
faq-purpose-reserved = Port { $port } is reserved: IANA keeps it out of use, so no standard service runs on it. Anything listening there is a local choice.
faq-purpose-unassigned = Nothing: port { $port } is unassigned in the IANA registry. Programs may still use it without registering, so check what is listening on your machine.
faq-purpose-withdrawn = Port { $port } has no current registration: the service once registered there was withdrawn or removed.
faq-purpose-unlisted = Port { $port } is in the dynamic range, which IANA never assigns. Your operating system hands out ports from this range for outgoing connections, and any program may use them temporarily.
faq-protocol-q = Does port { $port } use TCP or UDP?
faq-protocol-a = The IANA registry lists port { $port } for { $protocols }.
faq-protocol-none = The IANA registry names no transport protocol for port { $port }. A program that uses it may choose TCP, UDP or both.
faq-range-q = Is port { $port } a well-known, registered or dynamic port?
faq-range-well-known = Port { $port } is a well-known port (0–1023).
faq-range-registered = Port { $port } is a registered port (1024–49151).
faq-range-dynamic = Port { $port } is a dynamic or private port (49152–65535).
faq-listening-q = How do I find out which program is using port { $port }?
faq-listening-a = Use the commands under "How to check what's listening" on this page: lsof on macOS, ss on Linux, Get-NetTCPConnection or netstat on Windows. They show the process that holds port { $port }.
faq-safe-q = Is it safe to have port { $port } open?
faq-safe-a = An open port is only as safe as the program behind it. If you do not recognize the program listening on port { $port }, find out what it is, and block the port in your firewall if nothing needs it.
