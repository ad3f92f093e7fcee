# The FAQ generated for every port from the registry facts.

faq-purpose-q = { $port } numaralı port ne için kullanılır?
faq-purpose-assigned = { $count ->
    [1] IANA, { $port } numaralı portu { $names } servis adıyla kaydetmiştir. Yine de bu portu herhangi bir program dinleyebilir; bu yüzden bu ada güvenmeden önce portta gerçekte neyin çalıştığını kontrol edin.
    [2] IANA, { $port } numaralı port için iki servis adı kaydetmiştir: { $names }. Yine de bu portu herhangi bir program dinleyebilir; bu yüzden bu adlardan birine güvenmeden önce portta gerçekte neyin çalıştığını kontrol edin.
    [3] IANA, { $port } numaralı port için üç servis adı kaydetmiştir: { $names }. Yine de bu portu herhangi bir program dinleyebilir; bu yüzden bu adlardan birine güvenmeden önce portta gerçekte neyin çalıştığını kontrol edin.
    [4] IANA, { $port } numaralı port için dört servis adı kaydetmiştir: { $names }. Yine de bu portu herhangi bir program dinleyebilir; bu yüzden bu adlardan birine güvenmeden önce portta gerçekte neyin çalıştığını kontrol edin.
    [5] IANA, { $port } numaralı port için beş servis adı kaydetmiştir: { $names }. Yine de bu portu herhangi bir program dinleyebilir; bu yüzden bu adlardan birine güvenmeden önce portta gerçekte neyin çalıştığını kontrol edin.
   *[other] IANA, { $port } numaralı port için { $count } servis adı kaydetmiştir: { $names }. Yine de bu portu herhangi bir program dinleyebilir; bu yüzden bu adlardan birine güvenmeden önce portta gerçekte neyin çalıştığını kontrol edin.
}
faq-purpose-reserved = { $port } numaralı port ayrılmış durumdadır: IANA bu portu kullanım dışında tutar, dolayısıyla bu portta standart bir servis çalışmaz. Bu portu dinleyen bir program varsa, portu kullanmak üzere yerel olarak yapılandırılmıştır.
faq-purpose-zero = Hiçbir şey için kullanılmaz: IANA, 0 numaralı portu ayırmıştır ve bu portu hiçbir program dinleyemez. Bir programın 0 numaralı portu dinlemek istemesi, işletim sistemine “bana herhangi bir boş port ver” demesi anlamına gelir: program bunun yerine geçici (ephemeral) bir port alır.
faq-purpose-unassigned = Resmî bir kullanımı yoktur: { $port } numaralı port, IANA kayıt defterinde atanmamış olarak geçer. Programlar bu portu kayıt yaptırmadan da kullanabilir; bu yüzden kendi makinenizde portu neyin dinlediğini kontrol edin.
faq-purpose-withdrawn = { $port } numaralı portun geçerli bir kaydı yoktur: bir zamanlar bu porta kayıtlı olan servisin kaydı geri çekilmiş ya da kayıt defterinden kaldırılmıştır.
faq-purpose-unlisted = { $port } numaralı port, IANA’nın hiçbir zaman atama yapmadığı dinamik aralıktadır. İşletim sisteminiz giden bağlantılara bu aralıktan port verir; bu portları herhangi bir program da geçici olarak kullanabilir.
faq-protocol-q = { $port } numaralı port TCP mi, UDP mi kullanır?
faq-protocol-a = IANA kayıt defterine göre { $port } numaralı port { $protocols } için kayıtlıdır.
faq-protocol-none = IANA kayıt defteri, { $port } numaralı port için bir taşıma protokolü belirtmez. Bu portu kullanan bir program TCP’yi, UDP’yi ya da ikisini birden seçebilir.
faq-protocol-reserved = Hiçbirini kullanmaz: IANA, { $port } numaralı portu { $protocols } için ayırmıştır ve bu porta kayıtlı bir servis yoktur.
faq-protocol-unassigned = Bu porta kayıtlı bir servis yoktur: { $port } numaralı port { $protocols } için atanmamıştır. Bu portu yine de kullanan bir program TCP’yi, UDP’yi ya da ikisini birden seçebilir.
faq-protocol-withdrawn = Artık hiçbirini kullanmaz: { $port } numaralı portun { $protocols } kaydı geri çekilmiştir.
faq-range-q = { $port } numaralı port iyi bilinen bir port mu, kayıtlı bir port mu, yoksa dinamik bir port mu?
faq-range-well-known = { $port } numaralı port, iyi bilinen bir porttur (0–1023).
faq-range-registered = { $port } numaralı port, kayıtlı bir porttur (1024–49151).
faq-range-dynamic = { $port } numaralı port, dinamik veya özel bir porttur (49152–65535).
faq-listening-q = { $port } numaralı portu hangi programın kullandığını nasıl öğrenirim?
faq-listening-a = Bu sayfadaki “{ $section }” başlığı altında verilen komutları kullanın: macOS’ta lsof, Linux’ta ss, Windows’ta Get-NetTCPConnection, Get-NetUDPEndpoint ya da netstat. Bu komutlar { $port } numaralı portu tutan süreci gösterir.
faq-zero-q = Bir program 0 numaralı portu dinleyebilir mi?
faq-zero-a = Hayır. 0 numaralı port bir port değil, bir istektir: soketini 0 numaralı porta bağlayan (bind) bir program, işletim sisteminden herhangi bir boş port ister ve geçici (ephemeral) bir port alır. Hiçbir program 0 numaralı portta bağlantı kabul edemediği için bu porta yönelen trafik olağan dışıdır ve yakından incelenmeye değer.
faq-safe-q = { $port } numaralı portun açık olması güvenli mi?
faq-safe-a = Açık bir port, ancak arkasındaki program kadar güvenlidir. { $port } numaralı portu dinleyen programı tanımıyorsanız ne olduğunu araştırın; bu porta ihtiyaç duyan bir şey yoksa portu güvenlik duvarınızda engelleyin.
