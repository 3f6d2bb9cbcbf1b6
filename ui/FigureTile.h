#pragma once

#include <QFrame>

class QFormLayout;
class QLabel;
class QProgressBar;

// One headline figure: a caption, a big number, a line of detail and, for targets, a progress bar.
// Its accessible name reads the whole figure, so a screen reader says "Overdue loans: 3".
class FigureTile : public QFrame {
    Q_OBJECT
public:
    FigureTile(const QString &objectName, const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail = {});
    // Shows progress towards a target (hidden when the target is not set).
    void setProgress(int value, int target);
    void setAttention(bool attention);
    // A breakdown under the figure (label → number), e.g. devices by status.
    void setBreakdown(const QList<QPair<QString, QString>> &lines);

    QString value() const;

private:
    void updateAccessibleName();

    QString m_caption;
    QLabel *m_captionLabel = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_detail = nullptr;
    QProgressBar *m_progress = nullptr;
    QWidget *m_breakdown = nullptr;
    QFormLayout *m_breakdownLayout = nullptr;
};
