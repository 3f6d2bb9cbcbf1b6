#pragma once

#include "loans/LoanIssue.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

// The blocks (red), warnings (amber) and notices (blue) of a check-out or renewal assessment, one per
// line and each led by a word ("Cannot lend:", "Warning:", "Note:") so colour is never the only signal.
class IssueList : public QWidget {
    Q_OBJECT
public:
    // blockPrefix: what a block means here, e.g. "Cannot lend:" or "Cannot renew:".
    IssueList(const QString &objectName, const QString &blockPrefix, QWidget *parent = nullptr);

    void setIssues(const QList<LoanIssue> &issues);
    void clear();
    QStringList lines() const { return m_lines; }
    bool isEmpty() const { return m_lines.isEmpty(); }

private:
    QString prefixFor(LoanIssue::Severity severity) const;

    QString m_blockPrefix;
    QVBoxLayout *m_layout = nullptr;
    QList<QLabel *> m_labels;
    QStringList m_lines;
};
