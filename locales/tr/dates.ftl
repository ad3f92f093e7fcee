## Kayıt tarihleri. $day ve $year, yerel rakamlarla ve basamak ayırıcısı olmadan gelir.
##
## Ay adları: `month-N`, $form değişkenini alır: "standalone" ("Mart 2003") ya da
## "in-date" (gün sayısından sonra, "1 Mart 2003"). Türkçede ay adı çekimlenmez.

month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık

# Yalnızca ayı bilinen tarih: "Mart 2003".
date-month-year = { $month } { $year }
# Tam tarih: "1 Mart 2003".
date-day-month-year = { $day } { $month } { $year }
