## Datumsangaben aus dem Register. $day und $year kommen in den Ziffern der Sprache und
## ohne Tausendertrennzeichen.
##
## Monatsnamen: `month-N` erhält $form, "standalone" („März 2003“) oder "in-date"
## (nach dem Tag, „1. März 2003“). Im Deutschen bleibt der Monatsname gleich.

month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

# Nur der Monat ist bekannt: „März 2003“.
date-month-year = { $month } { $year }
# Vollständiges Datum: „1. März 2003“.
date-day-month-year = { $day }. { $month } { $year }
