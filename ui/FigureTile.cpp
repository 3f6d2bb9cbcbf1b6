#include "FigureTile.h"

#include "DeskStyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

FigureTile::FigureTile(const QString &objectName, const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(caption) {
    setObjectName(objectName);
    setProperty("tile", true);
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::TabFocus); // so keyboard and screen-reader users can step through the figures

    m_captionLabel = new QLabel(caption, this);
    m_captionLabel->setProperty("muted", true);
    m_captionLabel->setWordWrap(true);
    m_value = new QLabel(this);
    m_value->setObjectName(objectName + QStringLiteral("Value"));
    m_value->setFont(DeskStyle::scaledFont(this, 2.0));
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setProperty("muted", true);
    m_detail->hide();
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    m_progress->setAccessibleName(caption);
    m_progress->hide();
    m_breakdown = new QWidget(this);
    m_breakdownLayout = new QFormLayout(m_breakdown);
    m_breakdownLayout->setContentsMargins(0, 4, 0, 0);
    m_breakdownLayout->setHorizontalSpacing(24);
    m_breakdown->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 16);
    layout->setSpacing(6);
    layout->addWidget(m_captionLabel);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addWidget(m_progress);
    layout->addWidget(m_breakdown);
    layout->addStretch(1);
}

QString FigureTile::value() const {
    return m_value->text();
}

void FigureTile::setValue(const QString &value, const QString &detail) {
    m_value->setText(value);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    updateAccessibleName();
}

void FigureTile::setProgress(int value, int target) {
    m_progress->setVisible(target > 0);
    if (target <= 0) {
        return;
    }
    m_progress->setRange(0, target);
    m_progress->setValue(qMin(value, target));
    // Early in a year the share is small; one decimal keeps it from reading as "0 %".
    const double percent = 100.0 * value / target;
    m_progress->setFormat(tr("%1 % of target").arg(QLocale().toString(percent, 'f', percent < 10 ? 1 : 0)));
}

void FigureTile::setAttention(bool attention) {
    QPalette p = m_value->palette();
    p.setColor(QPalette::WindowText,
               attention ? DeskStyle::attentionText() : palette().color(QPalette::WindowText));
    m_value->setPalette(p);
}

void FigureTile::setBreakdown(const QList<QPair<QString, QString>> &lines) {
    while (m_breakdownLayout->rowCount() > 0) {
        m_breakdownLayout->removeRow(0);
    }
    for (const auto &[label, number] : lines) {
        auto *n = new QLabel(number, m_breakdown);
        n->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_breakdownLayout->addRow(label, n);
    }
    m_breakdown->setVisible(!lines.isEmpty());
    updateAccessibleName();
}

void FigureTile::updateAccessibleName() {
    QString text = QStringLiteral("%1: %2").arg(m_caption, m_value->text());
    if (!m_detail->text().isEmpty()) {
        text += QStringLiteral(". ") + m_detail->text();
    }
    setAccessibleName(text);
}
