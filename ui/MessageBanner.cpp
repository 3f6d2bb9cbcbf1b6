#include "MessageBanner.h"

#include <QAccessible>
#include <QStyle>

MessageBanner::MessageBanner(QWidget *parent)
    : QLabel(parent) {
    setWordWrap(true);
    setContentsMargins(10, 8, 10, 8);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBanner::showError(const QString &message) {
    showKind(message, QStringLiteral("error"));
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void MessageBanner::showInfo(const QString &message) {
    showKind(message, QStringLiteral("info"));
}

void MessageBanner::clearMessage() {
    clear();
    setProperty("banner", QString());
    hide();
}

void MessageBanner::showKind(const QString &message, const QString &kind) {
    setText(message);
    setAccessibleDescription(message);
    if (property("banner").toString() != kind) {
        setProperty("banner", kind);
        style()->unpolish(this);
        style()->polish(this);
    }
    setVisible(!message.isEmpty());
}
