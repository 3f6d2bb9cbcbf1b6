#include "FormField.h"

#include <QKeyEvent>

FormField::FormField(QWidget *parent)
    : QLineEdit(parent) {}

FormField::FormField(const QString &objectName, const QString &accessibleName, QWidget *parent)
    : QLineEdit(parent) {
    setObjectName(objectName);
    setAccessibleName(accessibleName);
}

void FormField::keyPressEvent(QKeyEvent *event) {
    QLineEdit::keyPressEvent(event);
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
    }
}
