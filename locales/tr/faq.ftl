# The FAQ generated for every port from the registry facts.

faq-purpose-q = { $port } numaralı port ne için kullanılır?
faq-purpose-assigned = { $count ->
    [1] IANA, { $port } numaralı portu { $names } için kaydetmiştir. Yine de herhangi bir program bu portu dinleyebilir; bu yüzden ada güvenmeden önce gerçekte neyin çalıştığını kontrol edin.
    [2] IANA, { $port } numaralı port için iki servis adı kaydetmiştir: { $names }. Yine de herhangi bir program bu portu dinleyebilir; bu yüzden bu adlara güvenmeden önce gerçekte neyin çalıştığını kontrol edin.
    [3] IANA, { $port } numaralı port için üç servis adı kaydetmiştir: { $names }. Yine de herhangi bir program bu portu dinleyebilir; bu yüzden bu adlara güvenmeden önce gerçekte neyin çalıştığını kontrol edin.
   *[other] IANA, { $port } numaralı port için { $count } servis adı kaydetmiştir: { $names }. Yine de herhangi bir program bu portu dinleyebilir; bu yüzden bu adlara güvenmeden önce gerçekte neyin çalıştığını kontrol edin.
}
faq-purpose-reserved = { $port } numaralı port ayrılmış durumdadır: IANA bu portu kullanım dışında tutar, dolayısıyla üzerinde standart bir servis çalışmaz. Burada dinleyen bir program varsa, yerel olarak bu portu kullanacak şekilde ayarlanmıştır.
faq-purpose-zero = Hiçbir şey: IANA 0 numaralı portu ayırmıştır ve hiçbir program bu portu dinleyemez. İşletim sisteminden 0 numaralı portu dinlemesini istemek "bana boş bir port ver" demektir: program bunun yerine geçici (ephemeral) bir port alır.
faq-purpose-unassigned = Resmî bir kullanımı yok: { $port } numaralı port IANA kaydında atanmamıştır. Programlar yine de kayıt yaptırmadan bu portu kullanabilir; bu yüzden kendi makinenizde neyin dinlediğini kontrol edin.
faq-purpose-withdrawn = { $port } numaralı portun geçerli bir kaydı yok: daha önce burada kayıtlı olan servis geri çekilmiş ya da kayıttan çıkarılmış.
faq-purpose-unlisted = { $port } numaralı port, IANA'nın hiçbir zaman atamadığı dinamik aralıktadır. İşletim sisteminiz giden bağlantılara bu aralıktan port verir; herhangi bir program da bu portları geçici olarak kullanabilir.
faq-protocol-q = { $port } numaralı port TCP mi, UDP mi kullanır?
faq-protocol-a = IANA kaydı, { $port } numaralı portu { $protocols } için listeler.
faq-protocol-none = IANA kaydı, { $port } numaralı port için bir aktarım protokolü belirtmez. Bu portu kullanan bir program TCP'yi, UDP'yi ya da ikisini birden seçebilir.
faq-protocol-reserved = Hiçbirini: IANA { $port } numaralı portu { $protocols } için ayırmıştır ve bu porta kayıtlı bir servis yoktur.
faq-protocol-unassigned = Bu porta kayıtlı bir servis yok: { $port } numaralı port { $protocols } için atanmamıştır. Yine de bu portu kullanan bir program TCP'yi, UDP'yi ya da ikisini birden seçebilir.
faq-protocol-withdrawn = Artık hiçbirini: { $port } numaralı portun { $protocols } kaydı geri çekilmiştir.
faq-range-q = { $port } numaralı port iyi bilinen bir port mu, kayıtlı mı, yoksa dinamik mi?
faq-range-well-known = { $port } numaralı port, iyi bilinen bir porttur (0–1023).
faq-range-registered = { $port } numaralı port, kayıtlı bir porttur (1024–49151).
faq-range-dynamic = { $port } numaralı port, dinamik veya özel bir porttur (49152–65535).
faq-listening-q = { $port } numaralı portu hangi programın kullandığını nasıl öğrenirim?
faq-listening-a = Bu sayfadaki "{ $section }" bölümündeki komutları kullanın: macOS'ta lsof, Linux'ta ss, Windows'ta Get-NetTCPConnection ya da netstat. Bu komutlar { $port } numaralı portu tutan süreci gösterir.
faq-zero-q = Bir program 0 numaralı portu dinleyebilir mi?
faq-zero-a = Hayır. 0 numaralı port bir port değil, bir istektir: 0 numaralı porta bağlanan (bind) bir program, işletim sisteminden boştaki herhangi bir portu ister ve geçici bir port alır. Hiçbir program 0 numaralı portta bağlantı kabul edemediği için bu porta yönelen trafik olağan dışıdır ve yakından incelenmeye değer.
faq-safe-q = { $port } numaralı portun açık olması güvenli mi?
faq-safe-a = Açık bir port, ancak arkasındaki program kadar güvenlidir. { $port } numaralı portu dinleyen programı tanımıyorsanız ne olduğunu araştırın; bu porta ihtiyaç duyan bir şey yoksa portu güvenlik duvarınızda engelleyin.
