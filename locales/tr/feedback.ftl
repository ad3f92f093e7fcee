# The feedback prompt's comment form after "No" (templates/partials/feedback.html). The
# question, the answers, the thanks and the error are in ui.ftl.

feedback-more-intro = Bize bildirdiğiniz için teşekkür ederiz.
feedback-comment-label = Ne arıyordunuz? (isteğe bağlı)
feedback-comment-hint = En fazla { $max } karakter. Lütfen ad, e-posta adresi gibi kişisel bilgiler yazmayın.
feedback-comment-send = Gönder
