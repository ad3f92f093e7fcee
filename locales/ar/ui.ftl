# Site chrome: header, navigation, search, footer, theme.

site-name = مرجع المنافذ
site-tagline = شرح لجميع منافذ TCP و UDP من 0 إلى 65535: ما يقوله سجل IANA، وما ستجده عليها فعلًا، وكيف تتحقق منها.
feed-title = مقالات المنافذ الجديدة والمحدَّثة

nav-skip = الانتقال إلى المحتوى
nav-home = الصفحة الرئيسية
nav-breadcrumbs = مسار التنقل
nav-languages = اللغات
nav-neighbours = الصفحات المجاورة
nav-prev = → المنفذ { $port }
nav-next = المنفذ { $port } ←

theme-toggle = المظهر
theme-dark = التبديل إلى المظهر الداكن
theme-light = التبديل إلى المظهر الفاتح

search-label = البحث في المنافذ
search-placeholder = رقم منفذ أو اسم خدمة، مثل 3712 أو ssh
search-button = بحث
search-hint = اكتب رقم منفذ للانتقال إليه مباشرة، أو كلمات من اسم خدمة أو من وصفها.
search-empty = لا يوجد منفذ يطابق هذا البحث.
search-loading = جارٍ تحميل فهرس البحث…
search-goto = الانتقال إلى المنفذ { $port }

lang-hint = هذه الصفحة متاحة أيضًا باللغة العربية.
lang-hint-dismiss = إغلاق

footer-data = بيانات السجل: سجل IANA لأسماء الخدمات وأرقام منافذ بروتوكولات النقل (CC0).
footer-iana = عرض السجل على موقع IANA
footer-generator = أُنشئ هذا الموقع باستخدام portsite.

copy-button = نسخ
copy-done = تم النسخ

feedback-question = هل كانت هذه الصفحة مفيدة؟
feedback-yes = نعم
feedback-no = لا
feedback-thanks = شكرًا على ملاحظاتك!
feedback-error = تعذّر إرسال إجابتك. يُرجى المحاولة مرة أخرى لاحقًا.

edit-page = تعديل هذه الصفحة
edit-create = كتابة مقال عن هذا المنفذ

# عناوين أقسام المدخل الجديد الذي ينشئه `portsite new`.
new-heading-what = ما هذا المنفذ؟
new-heading-practice = ما الذي تجده عليه عمليًا؟
new-heading-checks = كيفية التحقق مما يستمع على المنفذ
new-heading-security = ملاحظات أمنية
search-nojs = يعمل البحث داخل متصفحك ويتطلب JavaScript، لكن يمكنك تصفّح جميع المنافذ حسب النطاق أدناه.

# Separators between the items of a list that is not a sentence (table cells: service
# names, references), as the language punctuates them.
list-comma = {"، "}
list-semicolon = {"؛ "}
