# Home, range and "not found" pages.

home-stats = عدد المنافذ: { $total }، منها { $assigned } مسجَّلة لدى IANA.
home-curated-title = منافذ لها شرح مفصَّل
home-browse-title = تصفّح جميع المنافذ
home-class-well-known = المنافذ المعروفة
home-class-registered = المنافذ المسجَّلة
home-class-dynamic = المنافذ الديناميكية والخاصة
class-explain-well-known = تخصّصها IANA للخدمات القياسية مثل HTTP و SSH، وفتحها يتطلب عادةً صلاحيات المسؤول.
class-explain-registered = تسجّلها الشركات والمشاريع لدى IANA، ويمكن لأي برنامج استخدامها.
class-explain-dynamic = لا تُخصَّص أبدًا، وتستخدمها أنظمة التشغيل منافذَ مؤقتة للاتصالات الصادرة.

range-title = المنافذ من { $start } إلى { $end }
range-description = جميع المنافذ من { $start } إلى { $end }، مع الخدمات التي يُدرجها سجل IANA لها.
range-prev = → المنافذ من { $start } إلى { $end }
range-next = المنافذ من { $start } إلى { $end } ←
range-curated-legend = منافذ لها شرح مفصَّل.
range-curated-mark = (له شرح مفصَّل)
range-col-port = المنفذ
range-col-service = الخدمة
range-col-description = الوصف
status-tag-reserved = محجوز
status-tag-unassigned = غير مخصَّص
status-tag-de-registered = سُحب تسجيله
status-tag-removed = محذوف
status-tag-unlisted = ديناميكي

notfound-title = الصفحة غير موجودة
notfound-text = لا توجد صفحة على هذا العنوان. ابحث عن منفذ أو خدمة، أو انتقل مباشرةً إلى رقم منفذ.
notfound-goto-label = رقم المنفذ
notfound-goto-button = الانتقال إلى المنفذ
notfound-home = العودة إلى الصفحة الرئيسية

# The contributors' translation status page (/contributing/translations/).
translations-title = حالة الترجمات
translations-description = كل مقال مكتوب يدويًا عن منفذ، بكل لغة من لغات الموقع: مترجَم، أو ترجمته غير محدَّثة، أو لم يُكتب بعد.
translations-summary = الترجمات المحدَّثة: { $translated }، وغير المحدَّثة: { $stale }، وغير الموجودة: { $missing }.
translations-rule = تكون الترجمة غير محدَّثة إذا كان تاريخ source_updated فيها أقدم من تاريخ updated في المقال الأصلي. حدِّث الترجمة، ثم اضبط source_updated على تاريخ الأصل. ويُبلغ الأمر portsite check عن الحالات نفسها.
translations-original = الأصل
translations-translated = محدَّثة
translations-stale = غير محدَّثة
translations-stale-since = غير محدَّثة: تُرجمت عن نسخة الأصل الصادرة في { $done }، وحُدِّث الأصل في { $updated }
translations-missing = غير موجودة: اكتبها
