#include "FormFields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace FormFields {

QLineEdit *line(QWidget *parent, const QString &objectName, const QString &accessibleName, int maxLength,
                int widthInChars) {
    auto *e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setAccessibleName(accessibleName);
    e->setMaxLength(maxLength);
    e->setMinimumWidth(e->fontMetrics().averageCharWidth() * widthInChars);
    return e;
}

QComboBox *combo(QWidget *parent, const QString &objectName, const QString &accessibleName) {
    auto *c = new QComboBox(parent);
    c->setObjectName(objectName);
    c->setAccessibleName(accessibleName);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return c;
}

QPlainTextEdit *text(QWidget *parent, const QString &objectName, const QString &accessibleName, int lines) {
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(objectName);
    e->setAccessibleName(accessibleName);
    e->setTabChangesFocus(true); // Tab leaves the field, as everywhere else at the desk
    e->setMinimumHeight(e->fontMetrics().lineSpacing() * lines + 12);
    e->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    return e;
}

QPushButton *button(QWidget *parent, const QString &text, const QString &objectName,
                    const QString &accessibleName) {
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(accessibleName);
    b->setAutoDefault(false);
    return b;
}

QLabel *addRow(QFormLayout *form, const QString &label, QWidget *field) {
    auto *l = new QLabel(label);
    l->setBuddy(field);
    form->addRow(l, field);
    return l;
}

QFormLayout *form(QWidget *parent) {
    auto *f = new QFormLayout(parent);
    f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    f->setRowWrapPolicy(QFormLayout::WrapLongRows);
    f->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return f;
}

QDate parseDate(const QString &text, bool *ok) {
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty()) {
        return {};
    }
    for (const QString &format : {QStringLiteral("d/M/yyyy"), QStringLiteral("d.M.yyyy"),
                                  QStringLiteral("d-M-yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid()) {
            return d;
        }
    }
    *ok = false;
    return {};
}

QString dateText(const QDate &date) {
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString present(const QString &text) {
    return text.isNull() ? QString(QLatin1String("")) : text;
}

} // namespace FormFields
