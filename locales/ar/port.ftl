# The port page: title, facts from the registry, range, check commands.

port-label = المنفذ { $port }
port-title = المنفذ { $port }
port-title-named = المنفذ { $port } ({ $name })
port-description = ما هو المنفذ { $port }، وماذا يقول عنه سجل IANA، وكيف تتحقق من البرنامج الذي يستمع عليه.
port-description-named = المنفذ { $port } مسجَّل لخدمة { $name }. تعرّف على ما يقوله سجل IANA، وما قد تجده على هذا المنفذ، وكيف تتحقق من البرنامج الذي يستمع عليه.

class-well-known = منفذ معروف
class-registered = منفذ مسجَّل
class-dynamic = منفذ ديناميكي أو خاص

entry-untranslated = لم تُترجَم هذه المقالة إلى العربية بعد؛ لذا تُعرض بلغتها الأصلية (الإنجليزية).
entry-read-original = قراءة الصفحة الأصلية
entry-updated = آخر تحديث: { $date }.

facts-title = ماذا يقول سجل IANA
facts-services-caption = { $count ->
    [zero] لا توجد خدمات مسجَّلة للمنفذ { $port }
    [one] الخدمة المسجَّلة للمنفذ { $port }
    [two] الخدمتان المسجَّلتان للمنفذ { $port }
    [few] { $count } خدمات مسجَّلة للمنفذ { $port }
    [many] { $count } خدمة مسجَّلة للمنفذ { $port }
   *[other] { $count } خدمة مسجَّلة للمنفذ { $port }
}
facts-name = اسم الخدمة
facts-protocol = البروتوكول
facts-description = الوصف
facts-protocol-unspecified = غير محدَّد
facts-range = النطاق المسجَّل
facts-assignee = الجهة المسجِّلة
facts-contact = جهة الاتصال
facts-registered = تاريخ التسجيل
facts-modified = آخر تعديل
facts-modified-on = (آخر تعديل: { $date })
facts-references = المراجع
facts-legacy-name = يحل محل الاسم الأقدم
facts-unauthorized = أُبلغ عن استخدام غير مصرَّح به
facts-notes = ملاحظات
facts-source = المصدر: سجل IANA لأسماء الخدمات وأرقام منافذ بروتوكولات النقل.

status-reserved = المنفذ { $port } محجوز لدى IANA عبر { $protocols }: لا يجوز استخدامه لأي خدمة.
status-unassigned = المنفذ { $port } غير مخصَّص عبر { $protocols }: لم يسجّله أحد.
status-de-registered = سُحب تسجيل المنفذ { $port } عبر { $protocols }.
status-removed = حُذفت من السجل الخدمة التي كانت مسجَّلة سابقًا على المنفذ { $port } عبر { $protocols }.
status-in-range = تشمل هذه الحالة المنافذ من { $start } إلى { $end }.
status-unlisted = المنفذ { $port } غير مُدرج في سجل IANA: فهو ينتمي إلى النطاق الديناميكي الذي لا يُخصَّص أبدًا.

range-section-title = إلى أي نطاق ينتمي المنفذ { $port }؟
range-explain-well-known = المنفذ { $port } منفذ معروف ({ $start }–{ $end }). تخصّص IANA هذه المنافذ بعد مراجعة من IETF، ولا يُسمح في معظم الأنظمة بالاستماع عليها إلا للبرامج ذات الصلاحيات الخاصة.
range-explain-registered = يقع المنفذ { $port } في نطاق المنافذ المسجَّلة ({ $start }–{ $end }). تخصّص IANA هذه المنافذ للخدمات التي تتقدّم بطلب حجزها، ويمكن لأي برنامج فتحها دون صلاحيات خاصة.
range-explain-dynamic = يقع المنفذ { $port } في النطاق الديناميكي أو الخاص ({ $start }–{ $end }). لا تخصّص IANA هذه المنافذ أبدًا، إذ تستخدمها أنظمة التشغيل منافذَ مؤقتة (ephemeral) للاتصالات الصادرة.
range-browse = تصفّح المنافذ من { $start } إلى { $end }

checks-title = كيف تتحقق من البرنامج المستمع
checks-intro = شغّل أحد هذه الأوامر على الجهاز الذي تريد فحصه؛ يعرض كلٌّ منها البرنامج الذي يستمع على المنفذ { $port }.
checks-nothing = إذا لم يظهر أي ناتج، فلا يوجد ما يستمع على المنفذ، أي أنه مغلق. وهذه هي النتيجة الأكثر شيوعًا.
platform-macos = macOS
platform-linux = Linux
platform-windows = Windows
shell-bash = الطرفية
shell-powershell = PowerShell
shell-cmd = موجه الأوامر
check-lsof-tcp = البرامج التي تستمع على منفذ TCP رقم { $port }
check-lsof-udp = البرامج التي تفتح منفذ UDP رقم { $port }
check-ss = مقابس TCP وUDP المستمعة على المنفذ { $port } مع العمليات التابعة لها
check-ps-tcp = مستمعو TCP على المنفذ { $port } والعمليات التابعة لهم
check-ps-udp = نقاط نهاية UDP على المنفذ { $port } والعمليات التابعة لها
check-netstat = كل الاتصالات على المنفذ { $port } مع معرّف العملية

faq-title = الأسئلة الشائعة
sources-title = المصادر
