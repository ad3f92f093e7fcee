## Registry dates. portsite passes $day and $year already written in the locale's
## digits (years are never digit-grouped).
##
## Month names: `month-N` receives $form, "standalone" (as in "March 2003") or
## "in-date" (after a day number, as in "1 March 2003"). Languages that inflect the
## month after a day select on it; the others simply ignore it.

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# A date known only to the month: "March 2003".
date-month-year = { $month } { $year }
# A full date: "1 March 2003".
date-day-month-year = { $day } { $month } { $year }
