# The feedback prompt's comment form after "No" (templates/partials/feedback.html). The
# question, the answers, the thanks and the error are in ui.ftl.

feedback-more-intro = شكرًا لإخبارنا بذلك.
feedback-comment-label = عمّ كنت تبحث؟ (اختياري)
feedback-comment-hint = الحدّ الأقصى { $max } حرف. يُرجى عدم كتابة أسماء أو عناوين بريد إلكتروني أو أي بيانات شخصية أخرى.
feedback-comment-send = إرسال
