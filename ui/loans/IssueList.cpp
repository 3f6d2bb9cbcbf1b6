#include "IssueList.h"

#include <QAccessible>
#include <QLabel>
#include <QVBoxLayout>

namespace {
// Kept with the widget rather than in DeskStyle: only assessments use the three-colour scheme.
const char *const kStyle = R"(
QLabel[issue="block"] { background: #fdecea; color: #8a1c1c; border: 1px solid #f1b8b2; border-radius: 4px; }
QLabel[issue="warning"] { background: #fff4dc; color: #6b4400; border: 1px solid #f0c36d; border-radius: 4px; }
QLabel[issue="notice"] { background: #e7f1f8; color: #163f5c; border: 1px solid #b8d4e8; border-radius: 4px; }
)";

QString severityKey(LoanIssue::Severity s) {
    switch (s) {
    case LoanIssue::Severity::Block:
        return QStringLiteral("block");
    case LoanIssue::Severity::Warning:
        return QStringLiteral("warning");
    case LoanIssue::Severity::Notice:
        return QStringLiteral("notice");
    }
    return {};
}
} // namespace

IssueList::IssueList(const QString &objectName, const QString &blockPrefix, QWidget *parent)
    : QWidget(parent)
    , m_blockPrefix(blockPrefix) {
    setObjectName(objectName);
    setStyleSheet(QString::fromUtf8(kStyle));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    hide();
}

QString IssueList::prefixFor(LoanIssue::Severity severity) const {
    switch (severity) {
    case LoanIssue::Severity::Block:
        return m_blockPrefix;
    case LoanIssue::Severity::Warning:
        return tr("Warning:");
    case LoanIssue::Severity::Notice:
        return tr("Note:");
    }
    return {};
}

void IssueList::setIssues(const QList<LoanIssue> &issues) {
    clear();
    // Blocks first, then warnings, then notices: the most serious is read first.
    for (LoanIssue::Severity severity :
         {LoanIssue::Severity::Block, LoanIssue::Severity::Warning, LoanIssue::Severity::Notice}) {
        for (const LoanIssue &issue : issues) {
            if (issue.severity != severity) {
                continue;
            }
            const QString line = QStringLiteral("%1 %2").arg(prefixFor(severity), issue.message);
            auto *label = new QLabel(line, this);
            label->setObjectName(QStringLiteral("issue_%1").arg(LoanIssue::codeKey(issue.code)));
            label->setProperty("issue", severityKey(severity));
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            label->setContentsMargins(10, 6, 10, 6);
            label->setAccessibleName(line);
            m_layout->addWidget(label);
            m_labels.append(label);
            m_lines.append(line);
        }
    }
    setVisible(!m_lines.isEmpty());
    // The person is looking at the scanner, not the screen: a screen reader says what stops the loan.
    if (!m_labels.isEmpty() &&
        m_labels.constFirst()->property("issue").toString() != QLatin1String("notice")) {
        QAccessibleEvent alert(m_labels.constFirst(), QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void IssueList::clear() {
    qDeleteAll(m_labels);
    m_labels.clear();
    m_lines.clear();
    hide();
}
