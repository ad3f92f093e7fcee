# The port page: title, facts from the registry, range, check commands.

port-label = Port { $port }
port-title = Port { $port }
port-title-named = Port { $port }: { $names }
port-description = { $port } numaralı port nedir, IANA kaydı bu port hakkında ne diyor ve portu hangi programın dinlediğini nasıl kontrol edersiniz?
port-description-named = { $port } numaralı port { $names } için kayıtlı. IANA kaydı ne diyor, bu portta neyle karşılaşabilirsiniz ve dinleyen programı nasıl kontrol edersiniz?
class-well-known = İyi bilinen port
class-registered = Kayıtlı port
class-dynamic = Dinamik veya özel port

entry-untranslated = Bu yazı henüz Türkçeye çevrilmedi; özgün dilinde (İngilizce) gösteriliyor.
entry-read-original = Özgün sayfayı okuyun
entry-updated = Son güncelleme: { $date }.

facts-title = IANA kaydı ne diyor?
facts-services-caption = { $count ->
    [1] { $port } numaralı port için kayıtlı servis
    [2] { $port } numaralı port için kayıtlı iki servis
    [3] { $port } numaralı port için kayıtlı üç servis
    [4] { $port } numaralı port için kayıtlı dört servis
    [5] { $port } numaralı port için kayıtlı beş servis
   *[other] { $port } numaralı port için kayıtlı { $count } servis
}
facts-name = Servis adı
facts-protocol = Protokol
facts-description = Açıklama
facts-protocol-unspecified = belirtilmemiş
facts-range = Kayıtlı aralık
facts-assignee = Kayıt sahibi
facts-contact = İletişim
facts-registered = Kayıt tarihi
facts-modified = Son değişiklik
facts-modified-on = (son değişiklik: { $date })
facts-references = Referanslar
facts-legacy-name = Yerini aldığı eski ad
facts-unauthorized = Yetkisiz kullanım bildirildi
facts-notes = Notlar
facts-source = Kaynak: IANA'nın servis adı ve port numarası kaydı (Service Name and Transport Protocol Port Number Registry).

status-reserved = { $port } numaralı port IANA tarafından ayrılmıştır: üzerine hiçbir servis kaydedilemez.
status-reserved-for = { $port } numaralı port { $protocols } için IANA tarafından ayrılmıştır: üzerine hiçbir servis kaydedilemez.
status-unassigned = { $port } numaralı port atanmamış: bu portu henüz kimse kaydettirmemiş.
status-unassigned-for = { $port } numaralı port { $protocols } için atanmamış: bu portu henüz kimse kaydettirmemiş.
status-de-registered = { $port } numaralı portun kaydı geri çekildi.
status-de-registered-for = { $port } numaralı portun { $protocols } kaydı geri çekildi.
status-removed = { $port } numaralı portta bir zamanlar kayıtlı olan servis kayıttan çıkarıldı.
status-removed-for = { $port } numaralı portta { $protocols } için bir zamanlar kayıtlı olan servis kayıttan çıkarıldı.
status-in-range = Bu durum { $start }–{ $end } aralığındaki tüm portlar için geçerlidir.
status-unlisted = { $port } numaralı port IANA kaydında yer almıyor: hiçbir zaman atanmayan dinamik aralıkta bulunuyor.

range-section-title = { $port } numaralı port hangi aralıkta?
range-explain-well-known = { $port } numaralı port, iyi bilinen portlar aralığındadır ({ $start }–{ $end }). IANA bu portları IETF incelemesinden sonra atar; çoğu sistemde bu portları yalnızca ayrıcalıklı programlar dinleyebilir.
range-explain-registered = { $port } numaralı port, kayıtlı portlar aralığındadır ({ $start }–{ $end }). IANA bu portları başvuran servislere atar; herhangi bir program özel yetki gerekmeden bu portları açabilir.
range-explain-dynamic = { $port } numaralı port, dinamik veya özel portlar aralığındadır ({ $start }–{ $end }). IANA bu portları hiçbir zaman atamaz: işletim sistemleri bunları giden bağlantıların geçici (ephemeral) portları olarak kullanır.
range-browse = { $start }–{ $end } arası portlara göz atın

checks-title = Dinleyen programı nasıl bulursunuz?
checks-intro = İncelemek istediğiniz makinede bu komutlardan birini çalıştırın; her biri { $port } numaralı portu dinleyen programı gösterir.
checks-nothing = Hiçbir çıktı almıyorsanız bu portu dinleyen bir program yoktur, yani port kapalıdır. En sık karşılaşılan sonuç da budur.
checks-port-zero = 0 numaralı portu hiçbir program dinleyemez. 0 numaralı portu dinlemek isteyen bir programa işletim sistemi boştaki başka bir port verir; dolayısıyla burada aranacak bir şey yoktur.
platform-macos = macOS
platform-linux = Linux
platform-windows = Windows
shell-bash = Terminal
shell-powershell = PowerShell
shell-cmd = Komut İstemi
check-lsof-tcp = { $port } numaralı TCP portunu dinleyen programlar
check-lsof-udp = { $port } numaralı UDP portunu açmış programlar
check-ss = { $port } numaralı portu dinleyen TCP ve UDP soketleri ve bunlara ait süreçler
check-ps-tcp = { $port } numaralı portu dinleyen TCP soketleri ve süreçleri
check-ps-udp = { $port } numaralı porttaki UDP uç noktaları ve süreçleri
check-netstat = yerel ya da uzak ucunda { $port } numaralı port olan bağlantılar ve süreç kimlikleri (PID)
faq-title = Sık sorulan sorular
sources-title = Kaynaklar
