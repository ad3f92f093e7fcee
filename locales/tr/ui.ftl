# Site chrome: header, navigation, search, footer, theme.

site-name = Port Rehberi
site-tagline = 0’dan 65535’e kadar tüm TCP ve UDP portları, açıklamalarıyla: IANA kayıt defterinin ne dediği, pratikte karşınıza ne çıktığı ve bunu nasıl kontrol edeceğiniz.
feed-title = Yeni ve güncellenen port yazıları

nav-skip = İçeriğe geç
nav-home = Ana sayfa
nav-breadcrumbs = Gezinti yolu
nav-languages = Diller
nav-neighbours = Komşu sayfalar
nav-prev = ← Port { $port }
nav-next = Port { $port } →

theme-toggle = Tema
theme-dark = Koyu temaya geç
theme-light = Açık temaya geç

search-label = Port ara
search-placeholder = Port numarası ya da servis, ör. 3712 veya ssh
search-button = Ara
search-hint = Doğrudan gitmek için bir port numarası yazın ya da bir servisin adından veya açıklamasından sözcükler girin.
search-empty = Aramanızla eşleşen bir port yok.
search-loading = Arama dizini yükleniyor…
search-goto = { $port } numaralı porta git

lang-hint = Bu sayfayı Türkçe olarak da okuyabilirsiniz.
lang-hint-dismiss = Kapat

footer-data = Kayıt verileri: IANA’nın servis adı ve taşıma protokolü port numarası kayıt defteri (Service Name and Transport Protocol Port Number Registry, CC0).
footer-iana = Kayıt defterini IANA sitesinde görüntüleyin
footer-generator = portsite ile oluşturuldu.

copy-button = Kopyala
copy-done = Kopyalandı

feedback-question = Bu sayfa faydalı oldu mu?
feedback-yes = Evet
feedback-no = Hayır
feedback-thanks = Geri bildiriminiz için teşekkürler!
feedback-error = Yanıtınız gönderilemedi. Lütfen daha sonra yeniden deneyin.

edit-page = Bu sayfayı düzenle
edit-create = Bu port için bir yazı yazın

# `portsite new` ile oluşturulan yeni bir yazının bölüm başlıkları.
new-heading-what = Bu port nedir?
new-heading-practice = Pratikte orada ne bulursunuz?
new-heading-checks = Portu neyin dinlediğini nasıl öğrenirsiniz?
new-heading-security = Güvenlik notları
search-nojs = Arama tarayıcınızda çalışır ve JavaScript gerektirir. Yine de aşağıdaki aralıklardan tüm portlara göz atabilirsiniz.

# Separators between the items of a list that is not a sentence (table cells: service
# names, references), as the language punctuates them.
list-comma = {", "}
list-semicolon = {"; "}
