# The port page: title, facts from the registry, range, check commands.

port-label = المنفذ { $port }
port-title = المنفذ { $port }
port-title-named = المنفذ { $port }: { $names }
port-description = تعرّف على المنفذ { $port }: ما يقوله عنه سجل IANA، وكيف تتحقق مما يستمع عليه.
port-description-zero = لماذا لا يمكن لأي برنامج أن يستمع على المنفذ 0، وما يقوله عنه سجل IANA، وما الذي يحصل عليه البرنامج الذي يطلب المنفذ 0 بدلًا منه.
port-description-named = { $count ->
    [1] المنفذ { $port } مسجَّل لخدمة { $names }. تعرّف على ما يقوله سجل IANA، وما قد تجده على هذا المنفذ، وكيف تتحقق مما يستمع عليه.
    [2] المنفذ { $port } مسجَّل لخدمتَي { $names }. تعرّف على ما يقوله سجل IANA، وما قد تجده على هذا المنفذ، وكيف تتحقق مما يستمع عليه.
   *[other] المنفذ { $port } مسجَّل لخدمات { $names }. تعرّف على ما يقوله سجل IANA، وما قد تجده على هذا المنفذ، وكيف تتحقق مما يستمع عليه.
}
class-well-known = منفذ معروف
class-registered = منفذ مسجَّل
class-dynamic = منفذ ديناميكي أو خاص

entry-untranslated = لم يُترجَم هذا المقال إلى العربية بعد، لذا يُعرض بلغته الأصلية.
entry-read-original = قراءة الصفحة الأصلية
entry-updated = آخر تحديث: { $date }.

facts-title = ما يقوله سجل IANA
facts-services-caption = { $count ->
    [1] الخدمة المسجَّلة للمنفذ { $port }
    [2] الخدمتان المسجَّلتان للمنفذ { $port }
    [3] الخدمات الثلاث المسجَّلة للمنفذ { $port }
    [4] الخدمات الأربع المسجَّلة للمنفذ { $port }
    [5] الخدمات الخمس المسجَّلة للمنفذ { $port }
    [6] الخدمات الست المسجَّلة للمنفذ { $port }
    [7] الخدمات السبع المسجَّلة للمنفذ { $port }
    [8] الخدمات الثماني المسجَّلة للمنفذ { $port }
    [9] الخدمات التسع المسجَّلة للمنفذ { $port }
    [10] الخدمات العشر المسجَّلة للمنفذ { $port }
    [few] { $count } خدمات مسجَّلة للمنفذ { $port }
   *[other] { $count } خدمة مسجَّلة للمنفذ { $port }
}
facts-name = اسم الخدمة
facts-protocol = البروتوكول
facts-description = الوصف
facts-protocol-unspecified = غير محدَّد
facts-range = منافذ هذا التسجيل
facts-assignee = الجهة المسجِّلة
facts-contact = جهة الاتصال
facts-registered = تاريخ التسجيل
facts-modified = آخر تعديل
facts-modified-on = (آخر تعديل: { $date })
facts-references = المراجع
facts-legacy-name = يحلّ محلّ الاسم الأقدم
facts-unauthorized = أُبلغ عن استخدام غير مصرَّح به
facts-notes = ملاحظات
facts-source = المصدر: سجل IANA لأسماء الخدمات وأرقام منافذ بروتوكولات النقل.

status-reserved = حجزت IANA المنفذ { $port }: لا يجوز تسجيل أي خدمة عليه.
status-reserved-for = { $protocol_count ->
    [1] حجزت IANA المنفذ { $port } على { $protocols }: لا يجوز تسجيل أي خدمة عليه بهذا البروتوكول.
    [2] حجزت IANA المنفذ { $port } على { $protocols }: لا يجوز تسجيل أي خدمة عليه بأيٍّ من البروتوكولين.
   *[other] حجزت IANA المنفذ { $port } على { $protocols }: لا يجوز تسجيل أي خدمة عليه بأيٍّ من هذه البروتوكولات.
}
status-unassigned = المنفذ { $port } غير مخصَّص: لم يسجّله أحد.
status-unassigned-for = { $protocol_count ->
    [1] المنفذ { $port } غير مخصَّص على { $protocols }: لم يسجّله أحد على هذا البروتوكول.
    [2] المنفذ { $port } غير مخصَّص على { $protocols }: لم يسجّله أحد على أيٍّ من البروتوكولين.
   *[other] المنفذ { $port } غير مخصَّص على { $protocols }: لم يسجّله أحد على أيٍّ من هذه البروتوكولات.
}
status-de-registered = سُحب تسجيل المنفذ { $port }.
status-de-registered-for = سُحب تسجيل المنفذ { $port } على { $protocols }.
status-removed = حُذفت من السجل الخدمة التي كانت مسجَّلة سابقًا للمنفذ { $port }.
status-removed-for = حُذفت من السجل الخدمة التي كانت مسجَّلة سابقًا للمنفذ { $port } على { $protocols }.
status-in-range = تشمل هذه الحالة المنافذ من { $start } إلى { $end }.
status-unlisted = المنفذ { $port } غير مُدرج في سجل IANA: فهو ينتمي إلى النطاق الديناميكي الذي لا يُخصَّص أبدًا.

range-section-title = إلى أي نطاق ينتمي المنفذ { $port }؟
range-explain-well-known = المنفذ { $port } منفذ معروف ({ $start }–{ $end }). تخصّص IANA هذه المنافذ بعد مراجعة من IETF أو موافقة من IESG، ولا يُسمح في معظم الأنظمة بالاستماع عليها إلا للبرامج ذات الصلاحيات الخاصة.
range-explain-registered = يقع المنفذ { $port } في نطاق المنافذ المسجَّلة ({ $start }–{ $end }). تخصّص IANA هذه المنافذ للخدمات التي يُطلب تسجيلها لديها، ويمكن لأي برنامج فتحها دون صلاحيات خاصة.
range-explain-dynamic = يقع المنفذ { $port } في النطاق الديناميكي أو الخاص ({ $start }–{ $end }). لا تخصّص IANA هذه المنافذ أبدًا، إذ تستخدمها أنظمة التشغيل منافذَ مؤقتة (ephemeral) للاتصالات الصادرة.
range-browse = تصفّح المنافذ من { $start } إلى { $end }

checks-title = كيفية التحقق مما يستمع على المنفذ
checks-intro = شغّل أحد هذه الأوامر على الجهاز الذي تريد فحصه؛ يعرض كلٌّ منها البرنامج الذي يستمع على المنفذ { $port }.
checks-nothing = إذا لم يظهر أي ناتج، فلا يوجد ما يستمع على المنفذ، أي أنه مغلق. وهذه هي النتيجة الأكثر شيوعًا.
checks-port-zero = لا يمكن لأي برنامج أن يستمع على المنفذ 0. فالبرنامج الذي يطلب الاستماع على المنفذ 0 يمنحه نظام التشغيل منفذًا آخر متاحًا، ولذلك لا يوجد هنا ما تبحث عنه.
platform-macos = macOS
platform-linux = Linux
platform-windows = Windows
shell-bash = الطرفية
shell-powershell = PowerShell
shell-cmd = موجه الأوامر
check-lsof-tcp = البرامج التي تستمع على منفذ TCP رقم { $port }
check-lsof-udp = البرامج التي تفتح منفذ UDP رقم { $port }
check-ss = مقابس TCP و UDP المستمعة على المنفذ { $port } مع العملية المرتبطة بكلٍّ منها
check-ps-tcp = مقابس TCP المستمعة على المنفذ { $port } مع العملية المرتبطة بكلٍّ منها
check-ps-udp = نقاط نهاية UDP على المنفذ { $port } مع العملية المرتبطة بكلٍّ منها
check-netstat = الاتصالات التي يكون المنفذ { $port } في أحد طرفيها، مع معرّف العملية

faq-title = الأسئلة الشائعة
sources-title = المصادر
