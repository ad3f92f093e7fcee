# Site chrome: header, navigation, search, footer, theme.

site-name = Port Reference
site-tagline = Every TCP and UDP port from 0 to 65535, explained: what the IANA registry says, what you will actually find there, and how to check it.
feed-title = New and updated port entries

nav-skip = Skip to content
nav-home = Home
nav-breadcrumbs = Breadcrumb
nav-languages = Languages
nav-neighbours = Neighbouring pages
nav-prev = ← Port { $port }
nav-next = Port { $port } →

theme-toggle = Theme
theme-dark = Switch to dark theme
theme-light = Switch to light theme

search-label = Search ports
search-placeholder = Port number or service, e.g. 3712 or ssh
search-button = Search
search-hint = Type a port number to jump to it, or words of a service name or description.
search-empty = No port matches that search.
search-loading = Loading the search index…
search-goto = Go to port { $port }

# Shown on pages in other languages to readers whose browser prefers English, so it is
# written in English and names English itself.
lang-hint = This page is also available in English.
lang-hint-dismiss = Dismiss

footer-data = Registry data: IANA Service Name and Transport Protocol Port Number Registry (CC0).
footer-iana = View the registry at IANA
footer-generator = Built with portsite.

copy-button = Copy
copy-done = Copied

feedback-question = Was this page helpful?
feedback-yes = Yes
feedback-no = No
feedback-thanks = Thank you for your feedback!
feedback-error = Your answer could not be sent. Please try again later.

edit-page = Edit this page
edit-create = Write an entry for this port

# Section headings of a new entry written by `portsite new`.
new-heading-what = What this port is
new-heading-practice = What you find there in practice
new-heading-checks = How to check what’s listening
new-heading-security = Security notes
search-nojs = Search runs in your browser and needs JavaScript. You can still browse every port by range below.

# Separators between the items of a list that is not a sentence (table cells: service
# names, references), as the language punctuates them.
list-comma = {", "}
list-semicolon = {"; "}
