# Home, range and "not found" pages.

home-stats = Toplam { $total } port; bunların { $assigned } tanesinin IANA kaydı var.
home-curated-title = Ayrıntılı yazısı olan portlar
home-browse-title = Tüm portlara göz atın
home-class-well-known = İyi bilinen portlar
home-class-registered = Kayıtlı portlar
home-class-dynamic = Dinamik ve özel portlar
class-explain-well-known = IANA tarafından HTTP ve SSH gibi standart servislere atanır; bu portları açmak genellikle yönetici yetkisi gerektirir.
class-explain-registered = Üreticiler ve projeler tarafından IANA’ya kaydettirilir; bu portları herhangi bir program kullanabilir.
class-explain-dynamic = Hiçbir zaman atanmaz; işletim sistemleri bunları giden bağlantıların geçici portları olarak kullanır.

range-title = { $start }–{ $end } arası portlar
range-description = { $start } ile { $end } arasındaki tüm portlar ve IANA kayıt defterinde bu portlar için listelenen servisler.
range-prev = ← { $start }–{ $end } arası portlar
range-next = { $start }–{ $end } arası portlar →
range-curated-legend = Ayrıntılı yazısı olan portlar.
range-curated-mark = (ayrıntılı yazı var)
range-col-port = Port
range-col-service = Servis
range-col-description = Açıklama
status-tag-reserved = Ayrılmış
status-tag-unassigned = Atanmamış
status-tag-de-registered = Kaydı geri çekilmiş
status-tag-removed = Kaldırılmış
status-tag-unlisted = Dinamik

notfound-title = Sayfa bulunamadı
notfound-text = Bu adreste bir sayfa yok. Bir port ya da servis arayın veya doğrudan bir port numarasına gidin.
notfound-goto-label = Port numarası
notfound-goto-button = Porta git
notfound-home = Ana sayfaya dön

# The contributors' translation status page (/contributing/translations/).
translations-title = Çeviri durumu
translations-description = Elle yazılmış her port yazısının sitenin her dilindeki durumu: güncel, eskimiş ya da henüz yazılmamış.
translations-summary = Çeviriler: { $translated } güncel, { $stale } eskimiş, { $missing } eksik.
translations-rule = Bir çevirinin source_updated tarihi özgün yazının updated tarihinden eskiyse çeviri eskimiştir. Çeviriyi güncelleyin, ardından source_updated değerini özgün yazının updated tarihine eşitleyin; portsite check de aynı eksikleri listeler.
translations-original = özgün yazı
translations-translated = güncel
translations-stale = eskimiş
translations-stale-since = eskimiş: { $done } tarihli sürümden çevrilmiş, özgün yazı { $updated } tarihinde güncellenmiş
translations-missing = eksik: siz yazın
