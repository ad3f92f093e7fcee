# The port page: title, facts from the registry, range, check commands.
#
# Terimler: registry = kayıt defteri; registration/entry = kayıt; service = servis;
# assignee = kayıt sahibi; reserved = ayrılmış; unassigned = atanmamış;
# withdrawn = geri çekilmiş; removed = kaldırılmış; transport protocol = taşıma protokolü;
# process = süreç. Kesme işareti her yerde ’ (sayfadaki Markdown metniyle aynı).
# $names ve $protocols listelerine ek getirilmez (son öğeye göre değişir); cümleler
# "için", "adıyla" gibi eksiz yapılarla kurulur.

port-label = Port { $port }
port-title = Port { $port }
port-title-named = Port { $port }: { $names }
port-description = { $port } numaralı portun ne olduğu, IANA kayıt defterinin bu port hakkında ne dediği ve portu neyin dinlediğini nasıl kontrol edeceğiniz.
port-description-zero = 0 numaralı portu neden hiçbir programın dinleyemediği, IANA kayıt defterinin bu port hakkında ne dediği ve 0 numaralı portu isteyen bir programın bunun yerine ne aldığı.
port-description-named = { $port } numaralı port { $names } için kayıtlıdır. IANA kayıt defterinin ne dediği, bu portta neyle karşılaşabileceğiniz ve portu neyin dinlediğini nasıl kontrol edeceğiniz.
class-well-known = İyi bilinen port
class-registered = Kayıtlı port
class-dynamic = Dinamik veya özel port

entry-untranslated = Bu yazı henüz Türkçeye çevrilmedi; özgün dilinde gösteriliyor.
entry-read-original = Özgün sayfayı okuyun
entry-updated = Son güncelleme: { $date }.

facts-title = IANA kayıt defteri ne diyor?
facts-services-caption = { $count ->
    [1] { $port } numaralı port için kayıtlı servis
    [2] { $port } numaralı port için kayıtlı iki servis
    [3] { $port } numaralı port için kayıtlı üç servis
    [4] { $port } numaralı port için kayıtlı dört servis
    [5] { $port } numaralı port için kayıtlı beş servis
    [6] { $port } numaralı port için kayıtlı altı servis
    [7] { $port } numaralı port için kayıtlı yedi servis
    [8] { $port } numaralı port için kayıtlı sekiz servis
    [9] { $port } numaralı port için kayıtlı dokuz servis
   *[other] { $port } numaralı port için kayıtlı { $count } servis
}
facts-name = Servis adı
facts-protocol = Protokol
facts-description = Açıklama
facts-protocol-unspecified = belirtilmemiş
facts-range = Kaydın kapsadığı portlar
facts-assignee = Kayıt sahibi
facts-contact = İletişim
facts-registered = Kayıt tarihi
facts-modified = Son değişiklik
facts-modified-on = (son değişiklik: { $date })
facts-references = Başvuru kaynakları
facts-legacy-name = Yerini aldığı eski ad
facts-unauthorized = Bildirilen yetkisiz kullanım
facts-notes = Notlar
facts-source = Kaynak: IANA’nın servis adı ve taşıma protokolü port numarası kayıt defteri (Service Name and Transport Protocol Port Number Registry).

status-reserved = { $port } numaralı port IANA tarafından ayrılmıştır: bu porta hiçbir servis kaydedilemez.
status-reserved-for = { $protocol_count ->
    [1] { $port } numaralı port IANA tarafından { $protocols } için ayrılmıştır: bu protokolde porta hiçbir servis kaydedilemez.
   *[other] { $port } numaralı port IANA tarafından { $protocols } için ayrılmıştır: bu protokollerde porta hiçbir servis kaydedilemez.
}
status-unassigned = { $port } numaralı port atanmamıştır: bu portu kimse kaydettirmemiştir.
status-unassigned-for = { $protocol_count ->
    [1] { $port } numaralı port { $protocols } için atanmamıştır: bu protokolde portu kimse kaydettirmemiştir.
   *[other] { $port } numaralı port { $protocols } için atanmamıştır: bu protokollerde portu kimse kaydettirmemiştir.
}
status-de-registered = { $port } numaralı portun kaydı geri çekilmiştir.
status-de-registered-for = { $port } numaralı portun { $protocols } kaydı geri çekilmiştir.
status-removed = Bir zamanlar { $port } numaralı porta kayıtlı olan servis, kayıt defterinden kaldırılmıştır.
status-removed-for = Bir zamanlar { $port } numaralı porta { $protocols } için kayıtlı olan servis, kayıt defterinden kaldırılmıştır.
status-in-range = Bu durum { $start }–{ $end } aralığındaki tüm portlar için geçerlidir.
status-unlisted = { $port } numaralı port IANA kayıt defterinde yer almaz: IANA’nın hiçbir zaman atama yapmadığı dinamik aralıktadır.

range-section-title = { $port } numaralı port hangi aralıkta?
range-explain-well-known = { $port } numaralı port, iyi bilinen portlar aralığındadır ({ $start }–{ $end }). IANA bu portları IETF incelemesi ya da IESG onayıyla atar; çoğu sistemde bunları yalnızca ayrıcalıklı programlar dinleyebilir.
range-explain-registered = { $port } numaralı port, kayıtlı portlar aralığındadır ({ $start }–{ $end }). IANA bu portları başvuran servislere atar; bunları herhangi bir program özel bir yetki gerekmeden açabilir.
range-explain-dynamic = { $port } numaralı port, dinamik veya özel portlar aralığındadır ({ $start }–{ $end }). IANA bu portları hiçbir zaman atamaz: işletim sistemleri bunları giden bağlantıların geçici (ephemeral) portları olarak kullanır.
range-browse = { $start }–{ $end } arası portlara göz atın

checks-title = Portu neyin dinlediğini nasıl öğrenirsiniz?
checks-intro = İncelemek istediğiniz makinede bu komutlardan birini çalıştırın; her biri { $port } numaralı portu dinleyen programı gösterir.
checks-nothing = Komut hiçbir şey göstermiyorsa portu dinleyen bir program yok demektir: port kapalıdır. En sık karşılaşılan sonuç da budur.
checks-port-zero = 0 numaralı portu hiçbir program dinleyemez. 0 numaralı portu dinlemek isteyen bir programa işletim sistemi kendi seçtiği boş bir port verir; bu yüzden burada aranacak bir şey yoktur.
platform-macos = macOS
platform-linux = Linux
platform-windows = Windows
shell-bash = Terminal
shell-powershell = PowerShell
shell-cmd = Komut İstemi
check-lsof-tcp = { $port } numaralı TCP portunu dinleyen programlar
check-lsof-udp = { $port } numaralı UDP portunu açık tutan programlar
check-ss = { $port } numaralı portu dinleyen TCP ve UDP soketleri, süreçleriyle birlikte
check-ps-tcp = { $port } numaralı portu dinleyen TCP soketleri, süreçleriyle birlikte
check-ps-udp = { $port } numaralı porttaki UDP uç noktaları, süreçleriyle birlikte
check-netstat = uçlarından birinde { $port } numaralı port bulunan bağlantılar, süreç kimlikleriyle (PID) birlikte

faq-title = Sık sorulan sorular
sources-title = Kaynaklar
