# The feedback prompt's comment form after "No" (templates/partials/feedback.html). The
# question, the answers, the thanks and the error are in ui.ftl.

feedback-more-intro = Danke, dass Sie uns Bescheid geben.
feedback-comment-label = Wonach haben Sie gesucht? (optional)
feedback-comment-hint = Höchstens { $max } Zeichen. Bitte lassen Sie Namen, E-Mail-Adressen und andere persönliche Angaben weg.
feedback-comment-send = Senden
