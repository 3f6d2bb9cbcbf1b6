#include "KitChecklist.h"

#include <QCheckBox>
#include <QGridLayout>

namespace {
constexpr qsizetype kPerRow = 3;
}

KitChecklist::KitChecklist(const QString &objectName, const QString &accessiblePattern, QWidget *parent)
    : QWidget(parent)
    , m_pattern(accessiblePattern) {
    setObjectName(objectName);
    m_layout = new QGridLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(18);
}

void KitChecklist::setItems(const QStringList &items) {
    qDeleteAll(m_boxes);
    m_boxes.clear();
    m_items = items;
    for (qsizetype i = 0; i < items.size(); ++i) {
        auto *box = new QCheckBox(items.at(i), this);
        box->setObjectName(QStringLiteral("%1_%2").arg(objectName()).arg(i));
        box->setAccessibleName(m_pattern.arg(items.at(i)));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &KitChecklist::changed);
        // Three to a row, so a long kit list wraps instead of widening the form at a large text size.
        m_layout->addWidget(box, int(i / kPerRow), int(i % kPerRow));
        m_boxes.append(box);
    }
    m_layout->setColumnStretch(int(kPerRow), 1);
}

QStringList KitChecklist::ticked() const {
    QStringList result;
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        if (m_boxes.at(i)->isChecked()) {
            result.append(m_items.at(i));
        }
    }
    return result;
}

QStringList KitChecklist::unticked() const {
    QStringList result;
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        if (!m_boxes.at(i)->isChecked()) {
            result.append(m_items.at(i));
        }
    }
    return result;
}

QList<QWidget *> KitChecklist::boxes() const {
    QList<QWidget *> result;
    for (QCheckBox *b : m_boxes) {
        result.append(b);
    }
    return result;
}
