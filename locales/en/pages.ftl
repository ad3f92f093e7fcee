# Home, range and "not found" pages.

home-stats = { $total } ports, { $assigned } of them with an IANA registration.
home-curated-title = Ports with a full write-up
home-browse-title = Browse every port
home-class-well-known = Well-known ports
home-class-registered = Registered ports
home-class-dynamic = Dynamic and private ports
class-explain-well-known = Assigned by IANA for standard services such as HTTP and SSH; opening them usually needs administrator rights.
class-explain-registered = Registered with IANA by vendors and projects; any program may use them.
class-explain-dynamic = Never assigned; used by operating systems for the ephemeral ports of outgoing connections.

range-title = Ports { $start }–{ $end }
range-description = Every port from { $start } to { $end }, with the services the IANA registry lists for them.
range-prev = ← Ports { $start }–{ $end }
range-next = Ports { $start }–{ $end } →
range-curated-legend = Ports with a full write-up.
range-curated-mark = (full write-up)
range-col-port = Port
range-col-service = Service
range-col-description = Description
status-tag-reserved = Reserved
status-tag-unassigned = Unassigned
status-tag-de-registered = De-registered
status-tag-removed = Removed
status-tag-unlisted = Dynamic

notfound-title = Page not found
notfound-text = There is no page at this address. Search for a port or a service, or go straight to a port number.
notfound-goto-label = Port number
notfound-goto-button = Go to port
notfound-home = Back to the home page

# The contributors' translation status page (/contributing/translations/).
translations-title = Translation status
translations-description = Every hand-written port entry in every language of the site: translated, out of date, or still to be written.
translations-summary = Translations: { $translated } up to date, { $stale } out of date, { $missing } missing.
translations-rule = A translation is out of date when its source_updated date is older than the original’s updated date. Bring it up to date, then set source_updated to the original’s date; portsite check lists the same gaps.
translations-original = original
translations-translated = up to date
translations-stale = out of date
translations-stale-since = out of date: translated from the version of { $done }, original updated { $updated }
translations-missing = missing: write it
