# The feedback prompt's comment form after "No" (templates/partials/feedback.html). The
# question, the answers, the thanks and the error are in ui.ftl.

feedback-more-intro = Thank you for telling us.
feedback-comment-label = What were you looking for? (optional)
feedback-comment-hint = At most { $max } characters. Please leave out names, e-mail addresses and other personal details.
feedback-comment-send = Send
